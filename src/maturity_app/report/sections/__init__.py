"""One module per report section; each returns the flowables for its part of the story."""
