"""Qt-free core: questionnaire packs, assessments, scoring and narrative."""
