<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>Proprietary software © the Maturity authors. Built with Qt for Python (PySide6) and Qt under the GNU LGPL v3, Python, reportlab, pydantic, sqlite-utils, PyYAML, platformdirs, pypdf, cryptography with OpenSSL, HarfBuzz (uharfbuzz), python-bidi, and the DejaVu, Noto and Droid Sans Fallback fonts, each under its own licence.</source>
        <translation>Proprietäre Software © die Autoren von Maturity. Erstellt mit Qt for Python (PySide6) und Qt unter der GNU LGPL v3, Python, reportlab, pydantic, sqlite-utils, PyYAML, platformdirs, pypdf, cryptography mit OpenSSL, HarfBuzz (uharfbuzz), python-bidi sowie den Schriften DejaVu, Noto und Droid Sans Fallback, jeweils unter ihrer eigenen Lizenz.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Compliance on paper, capability in practice.</source>
        <translation>Konformität auf dem Papier, Wirksamkeit in der Praxis.</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <source>About Maturity</source>
        <translation>Über Maturity</translation>
    </message>
    <message>
        <source>Third-party licences…</source>
        <translation>Lizenzen von Drittanbietern …</translation>
    </message>
    <message>
        <source>The licences of Qt, Python and every library Maturity ships with</source>
        <translation>Die Lizenzen von Qt, Python und jeder Bibliothek, die Maturity mitbringt</translation>
    </message>
</context>
<context>
    <name>AcceptRiskDialog</name>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Accept the gap on “{question}” instead of fixing it. It reopens when the acceptance expires.</source>
        <translation>Die Lücke bei „{question}“ akzeptieren, statt sie zu schließen. Sie wird wieder offen, wenn die Akzeptanz abläuft.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Questionnaire packs could not be loaded: {error}</source>
        <translation>Fragenkataloge konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Select an assessment first</source>
        <translation>Wählen Sie zuerst eine Bewertung aus</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>&amp;Automatic (a second screen when there is one)</source>
        <translation>&amp;Automatisch (ein zweiter Bildschirm, falls vorhanden)</translation>
    </message>
    <message>
        <source> · this window</source>
        <translation> · dieses Fenster</translation>
    </message>
    <message>
        <source> · primary</source>
        <translation> · Hauptbildschirm</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Export unavailable</source>
        <translation>Export nicht verfügbar</translation>
    </message>
    <message>
        <source>The report export is not available: {error}</source>
        <translation>Der Berichtsexport ist nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>Vendor: {name}</source>
        <translation>Lieferant: {name}</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <source>{domain}  ·  question {position} of {total}</source>
        <translation>{domain}  ·  Frage {position} von {total}</translation>
    </message>
    <message>
        <source>Last question</source>
        <translation>Letzte Frage</translation>
    </message>
    <message>
        <source>First question</source>
        <translation>Erste Frage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Compliance {level}</source>
        <translation>Konformität {level}</translation>
    </message>
    <message>
        <source>Capability {level}</source>
        <translation>Wirksamkeit {level}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Drop escalation</source>
        <translation>Eskalation zurücknehmen</translation>
    </message>
    <message>
        <source>Escalate to the board</source>
        <translation>An die Geschäftsleitung eskalieren</translation>
    </message>
    <message>
        <source>Escalated to the board: Tab to the proposed decision</source>
        <translation>An die Geschäftsleitung eskaliert: mit Tab zum Entscheidungsvorschlag</translation>
    </message>
    <message>
        <source>The escalation was not moved; nothing changed.

{error}</source>
        <translation>Die Eskalation wurde nicht verschoben; nichts wurde geändert.

{error}</translation>
    </message>
    <message>
        <source>Escalation moved from “{question}”</source>
        <translation>Eskalation verschoben von „{question}“</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed as is · %n answer(s) left to confirm</source>
        <translation>
            <numerusform>Unverändert bestätigt · noch %n Antwort zu bestätigen</numerusform>
            <numerusform>Unverändert bestätigt · noch %n Antworten zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed as is · every pre-filled answer is confirmed</source>
        <translation>Unverändert bestätigt · alle vorausgefüllten Antworten sind bestätigt</translation>
    </message>
    <message>
        <source>{decision} on {date}</source>
        <translation>{decision} am {date}</translation>
    </message>
    <message>
        <source>Board decision recorded: the escalation is resolved</source>
        <translation>Entscheidung der Geschäftsleitung erfasst: die Eskalation ist erledigt</translation>
    </message>
    <message>
        <source>Paper (compliance) and practice (capability) index, 0–100, over the {answered} of {applicable} applicable questions answered on both sides</source>
        <translation>Index für Papier (Konformität) und Praxis (Wirksamkeit), 0–100, über die {answered} von {applicable} anwendbaren Fragen, die auf beiden Seiten beantwortet sind</translation>
    </message>
    <message numerus="yes">
        <source>; %n answered on one side only are not compared</source>
        <translation>
            <numerusform>; %n nur einseitig beantwortete Frage wird nicht verglichen</numerusform>
            <numerusform>; %n nur einseitig beantwortete Fragen werden nicht verglichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentList</name>
    <message>
        <source>Organisation / vendor</source>
        <translation>Organisation / Lieferant</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Headline gap</source>
        <translation>Gesamtlücke</translation>
    </message>
    <message>
        <source>{gap} pts  (paper {paper} · practice {practice})</source>
        <translation>{gap} Pkt.  (Papier {paper} · Praxis {practice})</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Vendor: {name}
Scope: {scope}
Assessor: {assessor}</source>
        <translation>Lieferant: {name}
Geltungsbereich: {scope}
Bewertet von: {assessor}</translation>
    </message>
    <message>
        <source>Organisation: {name}
Scope: {scope}
Assessor: {assessor}</source>
        <translation>Organisation: {name}
Geltungsbereich: {scope}
Bewertet von: {assessor}</translation>
    </message>
    <message>
        <source>Compliance index minus capability index: how far paper is ahead of practice (0–100 scale)</source>
        <translation>Konformitätsindex minus Wirksamkeitsindex: wie weit das Papier der Praxis voraus ist (Skala 0–100)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Find a question (Ctrl+F)</source>
        <translation>Frage suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Frage suchen</translation>
    </message>
    <message>
        <source>Type to filter the questions; Enter opens the first match</source>
        <translation>Tippen Sie, um die Fragen zu filtern; die Eingabetaste öffnet den ersten Treffer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show all questions, only gaps (paper maturity, exposed, stale proof, unowned), or only the questions with one marker</source>
        <translation>Alle Fragen anzeigen, nur Lücken (Papierreife, exponiert, veralteter Nachweis, ohne Verantwortliche) oder nur die Fragen mit einer Markierung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Only the questions a person owns, as capability owner or as action owner</source>
        <translation>Nur die Fragen, für die eine Person verantwortlich ist – für die Fähigkeit oder für die Maßnahme</translation>
    </message>
    <message>
        <source>Questions by domain</source>
        <translation>Fragen nach Bereich</translation>
    </message>
    <message>
        <source>Domains and questions; markers show unanswered ○, to confirm, paper maturity ◆, exposed ▲, stale proof, unowned and escalated (key below)</source>
        <translation>Bereiche und Fragen; Markierungen zeigen unbeantwortet ○, zu bestätigen, Papierreife ◆, exponiert ▲, veralteter Nachweis, ohne Verantwortliche und eskaliert (Legende unten)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Answer questions (Ctrl+1)</source>
        <translation>Fragen beantworten (Strg+1)</translation>
    </message>
    <message>
        <source>See paper against practice (Ctrl+2)</source>
        <translation>Papier gegenüber Praxis ansehen (Strg+2)</translation>
    </message>
    <message>
        <source>Run the room&apos;s rating round (Ctrl+4)</source>
        <translation>Die Bewertungsrunde im Raum leiten (Strg+4)</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Alle Personen</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Agree in workshop</source>
        <translation>Im Workshop einigen</translation>
    </message>
    <message>
        <source>Move escalation</source>
        <translation>Eskalation verschieben</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Confirm as is</source>
        <translation>Unverändert bestätigen</translation>
    </message>
    <message>
        <source>Record board decision</source>
        <translation>Entscheidung der Geschäftsleitung erfassen</translation>
    </message>
    <message>
        <source>Add {participant}</source>
        <translation>{participant} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {participant}</source>
        <translation>{participant} entfernen</translation>
    </message>
    <message>
        <source>Rename {participant}</source>
        <translation>{participant} umbenennen</translation>
    </message>
    <message>
        <source>Attach {file}</source>
        <translation>{file} anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Attach {file} and %n more</source>
        <translation>
            <numerusform>{file} und %n weitere Datei anhängen</numerusform>
            <numerusform>{file} und %n weitere Dateien anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Detach {file}</source>
        <translation>{file} entfernen</translation>
    </message>
    <message>
        <source>Verify claim</source>
        <translation>Angabe verifizieren</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Ziel festlegen</translation>
    </message>
    <message>
        <source>Set board targets</source>
        <translation>Ziele der Geschäftsleitung festlegen</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw risk acceptance</source>
        <translation>Risikoakzeptanz zurückziehen</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Maßnahme ändern</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Speichern nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>BoardDecisionDialog</name>
    <message>
        <source>Board decision</source>
        <translation>Entscheidung der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Asked of the board: {asked}</source>
        <translation>Von der Geschäftsleitung erbeten: {asked}</translation>
    </message>
    <message>
        <source>no decision text</source>
        <translation>kein Entscheidungstext</translation>
    </message>
    <message>
        <source>The escalation stays open, cycle after cycle, until its decision is recorded here.</source>
        <translation>Die Eskalation bleibt Zyklus für Zyklus offen, bis ihre Entscheidung hier erfasst ist.</translation>
    </message>
    <message>
        <source>Day of the board&apos;s decision</source>
        <translation>Tag der Entscheidung der Geschäftsleitung</translation>
    </message>
    <message>
        <source>What the board said: budget, owner, date of review…</source>
        <translation>Was die Geschäftsleitung gesagt hat: Budget, Verantwortliche, Termin der Überprüfung …</translation>
    </message>
    <message>
        <source>Board&apos;s note</source>
        <translation>Vermerk der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Choose what the board decided.</source>
        <translation>Wählen Sie, was die Geschäftsleitung entschieden hat.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Why practice moved</source>
        <translation>Grund (Praxis)</translation>
    </message>
    <message>
        <source>Gap change</source>
        <translation>Lückenänderung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>closed, new one opened</source>
        <translation>abgeschlossen, neue eröffnet</translation>
    </message>
    <message>
        <source>{old} → removed</source>
        <translation>{old} → entfernt</translation>
    </message>
    <message>
        <source>new → {new}</source>
        <translation>neu → {new}</translation>
    </message>
    <message>
        <source>This question is no longer in the current pack.</source>
        <translation>Diese Frage ist nicht mehr im aktuellen Fragenkatalog.</translation>
    </message>
    <message>
        <source>This question is new in the current pack.</source>
        <translation>Diese Frage ist neu im aktuellen Fragenkatalog.</translation>
    </message>
    <message>
        <source>Practice moved: {why}</source>
        <translation>Praxis verändert: {why}</translation>
    </message>
    <message>
        <source>Previous action: {action}</source>
        <translation>Bisherige Maßnahme: {action}</translation>
    </message>
    <message>
        <source>Current action: {action}</source>
        <translation>Aktuelle Maßnahme: {action}</translation>
    </message>
    <message>
        <source>Gap (paper − practice)</source>
        <translation>Lücke (Papier − Praxis)</translation>
    </message>
    <message>
        <source> (removed from the pack)</source>
        <translation> (aus dem Fragenkatalog entfernt)</translation>
    </message>
    <message>
        <source> (new in the pack)</source>
        <translation> (neu im Fragenkatalog)</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>{table}; Enter or double-click opens the question</source>
        <translation>{table}; Eingabetaste oder Doppelklick öffnet die Frage</translation>
    </message>
    <message>
        <source>Since last assessment</source>
        <translation>Seit der letzten Bewertung</translation>
    </message>
    <message>
        <source>Earlier assessment</source>
        <translation>Frühere Bewertung</translation>
    </message>
    <message>
        <source>The assessment to compare from</source>
        <translation>Die Bewertung, von der aus verglichen wird</translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation>Spätere Bewertung</translation>
    </message>
    <message>
        <source>The assessment to compare with it</source>
        <translation>Die Bewertung, mit der verglichen wird</translation>
    </message>
    <message>
        <source>Changed questions only</source>
        <translation>Nur geänderte Fragen</translation>
    </message>
    <message>
        <source>Hide questions where neither level, action nor escalation moved</source>
        <translation>Fragen ausblenden, bei denen sich weder Stufe noch Maßnahme noch Eskalation geändert hat</translation>
    </message>
    <message>
        <source>Paper index change</source>
        <translation>Änderung Papierindex</translation>
    </message>
    <message>
        <source>Practice index change</source>
        <translation>Änderung Praxisindex</translation>
    </message>
    <message>
        <source>Gap change (− = catching up)</source>
        <translation>Änderung der Lücke (− = holt auf)</translation>
    </message>
    <message>
        <source>Paper-maturity questions</source>
        <translation>Fragen mit Papierreife</translation>
    </message>
    <message>
        <source>Actions closed · still open · new</source>
        <translation>Maßnahmen abgeschlossen · noch offen · neu</translation>
    </message>
    <message>
        <source>Escalations carried · resolved · new</source>
        <translation>Eskalationen übernommen · erledigt · neu</translation>
    </message>
    <message>
        <source>Change per domain</source>
        <translation>Änderung je Bereich</translation>
    </message>
    <message>
        <source>Change per question</source>
        <translation>Änderung je Frage</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>#{id} · {date} · v{version} · {answered}/{total} answered</source>
        <translation>#{id} · {date} · v{version} · {answered}/{total} beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>{name} — {pack}: %n assessment(s)</source>
        <translation>
            <numerusform>{name} — {pack}: %n Bewertung</numerusform>
            <numerusform>{name} — {pack}: %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This subject has one assessment so far: re-assess it next cycle to compare.</source>
        <translation>Für diesen Gegenstand gibt es bisher eine Bewertung: Bewerten Sie im nächsten Zyklus neu, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Pick two different assessments to compare.</source>
        <translation>Wählen Sie zwei verschiedene Bewertungen zum Vergleich.</translation>
    </message>
    <message>
        <source>The “earlier” assessment is the more recent one: the changes read backwards.</source>
        <translation>Die „frühere“ Bewertung ist die neuere: Die Änderungen lesen sich rückwärts.</translation>
    </message>
    <message>
        <source>Against the board&apos;s targets · </source>
        <translation>Gemessen an den Zielen der Geschäftsleitung · </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) dropped without a board decision</source>
        <translation>
            <numerusform>%n Eskalation ohne Entscheidung der Geschäftsleitung zurückgenommen</numerusform>
            <numerusform>%n Eskalationen ohne Entscheidung der Geschäftsleitung zurückgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>An escalation is resolved only when the board&apos;s decision is recorded</source>
        <translation>Eine Eskalation ist erst erledigt, wenn die Entscheidung der Geschäftsleitung erfasst ist</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Conversations to have</source>
        <translation>Zu führende Gespräche</translation>
    </message>
    <message>
        <source>No friction yet: nobody is two levels apart on a question.</source>
        <translation>Noch keine Reibung: Niemand liegt bei einer Frage zwei Stufen auseinander.</translation>
    </message>
    <message>
        <source>spread {spread}, σ {stdev}</source>
        <translation>Spannweite {spread}, σ {stdev}</translation>
    </message>
</context>
<context>
    <name>CyclePagesController</name>
    <message numerus="yes">
        <source>%n answer(s) carried over</source>
        <translation>
            <numerusform>%n Antwort übernommen</numerusform>
            <numerusform>%n Antworten übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to confirm</source>
        <translation>
            <numerusform>, %n zu bestätigen</numerusform>
            <numerusform>, %n zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next cycle of “{name}” started: {carried}</source>
        <translation>Nächster Zyklus von „{name}“ begonnen: {carried}</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Since last assessment — {name} — Maturity</source>
        <translation>Seit der letzten Bewertung — {name} — Maturity</translation>
    </message>
    <message>
        <source>Vendor portfolio — Maturity</source>
        <translation>Lieferantenportfolio — Maturity</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Largest gaps</source>
        <translation>Größte Lücken</translation>
    </message>
    <message>
        <source>Questions whose practice trails paper, heaviest first</source>
        <translation>Fragen, bei denen die Praxis hinter dem Papier zurückbleibt, die gewichtigsten zuerst</translation>
    </message>
    <message>
        <source>Paper maturity</source>
        <translation>Papierreife</translation>
    </message>
    <message>
        <source>Practice trails paper by {gap} or more levels</source>
        <translation>Die Praxis liegt {gap} oder mehr Stufen hinter dem Papier</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exponiert</translation>
    </message>
    <message>
        <source>Weak on both sides: neither strong on paper nor strong in practice, most exposed first</source>
        <translation>Auf beiden Seiten schwach: weder auf dem Papier noch in der Praxis stark, die am stärksten exponierten zuerst</translation>
    </message>
    <message>
        <source>Stale proofs</source>
        <translation>Veraltete Nachweise</translation>
    </message>
    <message>
        <source>Claims counted as level {level} because the proof date is missing, too old or in the future</source>
        <translation>Angaben, die als Stufe {level} gewertet werden, weil das Nachweisdatum fehlt, zu alt ist oder in der Zukunft liegt</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Capability rated without a named capability owner</source>
        <translation>Wirksamkeit bewertet, ohne dass eine verantwortliche Person benannt ist</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Questions escalated to the board, against the budget</source>
        <translation>An die Geschäftsleitung eskalierte Fragen, gemessen am Budget</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>Domains whose practice is below the board&apos;s target, furthest first</source>
        <translation>Bereiche, deren Praxis unter dem Ziel der Geschäftsleitung liegt, die am weitesten entfernten zuerst</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Ohne Maßnahme</translation>
    </message>
    <message>
        <source>Gaps in the plan that nobody has planned an action for</source>
        <translation>Lücken im Plan, für die noch niemand eine Maßnahme geplant hat</translation>
    </message>
    <message>
        <source>Verified claims</source>
        <translation>Verifizierte Angaben</translation>
    </message>
    <message>
        <source>Capability claims a second person verified, against the claims that count; the list shows the self-declared ones</source>
        <translation>Wirksamkeitsangaben, die eine zweite Person verifiziert hat, gemessen an den zählenden Angaben; die Liste zeigt die nur selbst erklärten</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Board targets…</source>
        <translation>Ziele der Geschäftsleitung …</translation>
    </message>
    <message>
        <source>Set the capability level the board wants per domain</source>
        <translation>Die Wirksamkeitsstufe festlegen, die die Geschäftsleitung je Bereich erwartet</translation>
    </message>
    <message>
        <source>{what} — click to list them</source>
        <translation>{what} — klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>Questions behind the selected counter</source>
        <translation>Fragen hinter dem gewählten Zähler</translation>
    </message>
    <message>
        <source>Click or press Enter to open the question</source>
        <translation>Klicken oder Eingabetaste drücken, um die Frage zu öffnen</translation>
    </message>
    <message>
        <source>PAPER AGAINST PRACTICE, BY DOMAIN</source>
        <translation>PAPIER GEGENÜBER PRAXIS, NACH BEREICH</translation>
    </message>
    <message>
        <source>EVERY QUESTION</source>
        <translation>ALLE FRAGEN</translation>
    </message>
    <message>
        <source>Paper and practice: not enough answers yet</source>
        <translation>Papier und Praxis: noch nicht genug Antworten</translation>
    </message>
    <message>
        <source>Paper {paper} · practice {practice} · gap {gap} pts</source>
        <translation>Papier {paper} · Praxis {practice} · Lücke {gap} Pkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more rated on one side only.</source>
        <translation>
            <numerusform>%n weitere Frage nur auf einer Seite bewertet.</numerusform>
            <numerusform>%n weitere Fragen nur auf einer Seite bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>SELF-DECLARED CLAIMS (NOT VERIFIED)</source>
        <translation>SELBST ERKLÄRTE ANGABEN (NICHT VERIFIZIERT)</translation>
    </message>
    <message>
        <source>paper {paper} · practice {practice}</source>
        <translation>Papier {paper} · Praxis {practice}</translation>
    </message>
    <message>
        <source>no decision text yet</source>
        <translation>noch kein Entscheidungstext</translation>
    </message>
    <message>
        <source>{domain}  —  {distance} points below a target of level {target} (practice {current})</source>
        <translation>{domain}  —  {distance} Punkte unter dem Ziel Stufe {target} (Praxis {current})</translation>
    </message>
    <message>
        <source>gap weight × shortfall {value}; no action yet</source>
        <translation>Gewicht × Rückstand {value}; noch keine Maßnahme</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nichts vorhanden.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Maturity assessment (*{suffix})</source>
        <translation>Maturity-Bewertung (*{suffix})</translation>
    </message>
    <message>
        <source>Maturity assessment (*{suffix} *.maturity.json);;JSON files (*.json);;All files (*)</source>
        <translation>Maturity-Bewertung (*{suffix} *.maturity.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Export assessment</source>
        <translation>Bewertung exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The assessment was not exported.

{error}</source>
        <translation>Die Bewertung wurde nicht exportiert.

{error}</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Antworten als CSV exportieren</translation>
    </message>
    <message>
        <source>The answers were not exported.

{error}</source>
        <translation>Die Antworten wurden nicht exportiert.

{error}</translation>
    </message>
    <message>
        <source>Import assessment</source>
        <translation>Bewertung importieren</translation>
    </message>
    <message>
        <source>Import assessment?</source>
        <translation>Bewertung importieren?</translation>
    </message>
    <message>
        <source>Import the assessment in {file} into Maturity?</source>
        <translation>Die Bewertung aus {file} in Maturity importieren?</translation>
    </message>
    <message>
        <source>Assessment already here</source>
        <translation>Bewertung bereits vorhanden</translation>
    </message>
    <message>
        <source>Import it as a separate copy? The assessment already here is not changed.</source>
        <translation>Als separate Kopie importieren? Die bereits vorhandene Bewertung bleibt unverändert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation>Es wurde nichts importiert.

{error}</translation>
    </message>
    <message>
        <source>Maturity is already open</source>
        <translation>Maturity ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Database from a newer version</source>
        <translation>Datenbank einer neueren Version</translation>
    </message>
    <message>
        <source>Maturity cannot open the database</source>
        <translation>Maturity kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken {taken}? Changes made after it are not in it. The damaged file is kept next to it under a new name, not deleted.</source>
        <translation>Die neueste intakte Sicherung vom {taken} wiederherstellen? Danach vorgenommene Änderungen sind darin nicht enthalten. Die beschädigte Datei bleibt unter neuem Namen daneben erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>No good backup of it is available. Start with an empty database instead? The damaged file is kept next to it under a new name, not deleted, so it can still be sent for recovery.</source>
        <translation>Es ist keine intakte Sicherung vorhanden. Stattdessen mit einer leeren Datenbank beginnen? Die beschädigte Datei bleibt unter neuem Namen daneben erhalten und wird nicht gelöscht, sodass sie noch zur Wiederherstellung eingesandt werden kann.</translation>
    </message>
    <message>
        <source>The assessment database cannot be read</source>
        <translation>Die Bewertungsdatenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The damaged file was not deleted.</source>
        <translation>Die beschädigte Datei wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The backup from {taken} was restored.</source>
        <translation>Die Sicherung vom {taken} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>An empty database was started.</source>
        <translation>Es wurde mit einer leeren Datenbank begonnen.</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Datenbank wiederhergestellt</translation>
    </message>
    <message>
        <source>The damaged file was kept as:
{path}</source>
        <translation>Die beschädigte Datei wurde aufbewahrt als:
{path}</translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation>Sicherung nicht erstellt</translation>
    </message>
    <message>
        <source>The automatic backup could not be written.

{error}</source>
        <translation>Die automatische Sicherung konnte nicht geschrieben werden.

{error}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Aus dem Kalender wählen</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Das Datum aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: Kalender</translation>
    </message>
</context>
<context>
    <name>DomainBarsChart</name>
    <message>
        <source>Paper (compliance)</source>
        <translation>Papier (Konformität)</translation>
    </message>
    <message>
        <source>Practice (capability)</source>
        <translation>Praxis (Wirksamkeit)</translation>
    </message>
    <message>
        <source>Compliance versus capability per domain</source>
        <translation>Konformität gegenüber Wirksamkeit je Bereich</translation>
    </message>
    <message>
        <source>Paper (compliance) against practice (capability) per domain; click a domain to open it</source>
        <translation>Papier (Konformität) gegenüber Praxis (Wirksamkeit) je Bereich; klicken Sie auf einen Bereich, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>{title}
paper {paper} · practice {practice} · gap {gap}</source>
        <translation>{title}
Papier {paper} · Praxis {practice} · Lücke {gap}</translation>
    </message>
</context>
<context>
    <name>DropEscalationDialog</name>
    <message>
        <source>Escalation budget used up</source>
        <translation>Eskalationsbudget ausgeschöpft</translation>
    </message>
    <message numerus="yes">
        <source>This assessment may escalate %n question(s) to the board, and all are taken. The board&apos;s attention is scarce on purpose.</source>
        <translation>
            <numerusform>Diese Bewertung darf %n Frage an die Geschäftsleitung eskalieren, und dieses Kontingent ist ausgeschöpft. Die Aufmerksamkeit der Geschäftsleitung ist bewusst knapp.</numerusform>
            <numerusform>Diese Bewertung darf %n Fragen an die Geschäftsleitung eskalieren, und alle sind vergeben. Die Aufmerksamkeit der Geschäftsleitung ist bewusst knapp.</numerusform>
        </translation>
    </message>
    <message>
        <source>To escalate “{question}”, choose the escalation to drop:</source>
        <translation>Um „{question}“ zu eskalieren, wählen Sie die Eskalation, die zurückgenommen wird:</translation>
    </message>
    <message>
        <source>Drop the escalation of “{question}”</source>
        <translation>Eskalation von „{question}“ zurücknehmen</translation>
    </message>
    <message>
        <source>Decision asked: {decision}</source>
        <translation>Erbetene Entscheidung: {decision}</translation>
    </message>
    <message>
        <source>no decision text</source>
        <translation>kein Entscheidungstext</translation>
    </message>
    <message>
        <source>Drop this escalation in favour of the new one</source>
        <translation>Diese Eskalation zugunsten der neuen zurücknehmen</translation>
    </message>
    <message>
        <source>Drop it and escalate</source>
        <translation>Zurücknehmen und eskalieren</translation>
    </message>
    <message>
        <source>Keep current escalations</source>
        <translation>Bisherige Eskalationen behalten</translation>
    </message>
    <message>
        <source>Drop the chosen escalation and escalate this question</source>
        <translation>Die gewählte Eskalation zurücknehmen und diese Frage eskalieren</translation>
    </message>
    <message>
        <source>Leave the escalations as they are (Esc)</source>
        <translation>Die Eskalationen unverändert lassen (Esc)</translation>
    </message>
</context>
<context>
    <name>EmptyStart</name>
    <message>
        <source>Maturity asks, for every control, both what the paperwork says and whether it was proven to work under pressure, then shows the board where the organisation is compliant on paper but not capable in practice.</source>
        <translation>Maturity fragt bei jeder Maßnahme zweierlei: was die Dokumentation sagt und ob sie sich unter Druck nachweislich bewährt hat. Dann zeigt es der Geschäftsleitung, wo die Organisation auf dem Papier konform, in der Praxis aber nicht wirksam ist.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Find out whether the capability behind your certificate exists</source>
        <translation>Finden Sie heraus, ob hinter Ihrem Zertifikat echte Wirksamkeit steht</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Neue Bewertung …</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Start your own assessment (Ctrl+N)</source>
        <translation>Eine eigene Bewertung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Open a sample assessment</source>
        <translation>Beispielbewertung öffnen</translation>
    </message>
    <message>
        <source>Creates a fictional, fully answered assessment to explore; delete it any time</source>
        <translation>Legt eine erfundene, vollständig beantwortete Bewertung zum Erkunden an; Sie können sie jederzeit löschen</translation>
    </message>
    <message>
        <source>The sample is a fictional logistics group with strong paper and uneven practice: explore the dashboard and the board report, then delete it from this page.</source>
        <translation>Das Beispiel ist eine erfundene Logistikgruppe mit starker Dokumentation und lückenhafter Praxis: Erkunden Sie die Übersicht und den Bericht für die Geschäftsleitung und löschen Sie es dann auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Die Details wurden in {file} geschrieben.</translation>
    </message>
    <message>
        <source>The details could not be logged.</source>
        <translation>Die Details konnten nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Maturity hit an unexpected error.</source>
        <translation>In Maturity ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Answers saved before this are safe. If it happens again, send the details to support.</source>
        <translation>Zuvor gespeicherte Antworten sind sicher. Wenn es erneut geschieht, senden Sie die Details an den Support.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.txt *.md *.csv *.log *.json *.xml *.rtf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.eml *.msg);;All files (*)</source>
        <translation>Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.txt *.md *.csv *.log *.json *.xml *.rtf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.eml *.msg);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Nachweisdateien anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) · Ctrl+Z undoes</source>
        <translation>
            <numerusform>%n Datei angehängt · Strg+Z macht es rückgängig</numerusform>
            <numerusform>%n Dateien angehängt · Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached · Ctrl+Z puts it back</source>
        <translation>Entfernt · Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <source>no viewer could open {name}; export it instead</source>
        <translation>kein Anzeigeprogramm konnte {name} öffnen; exportieren Sie die Datei stattdessen</translation>
    </message>
    <message>
        <source>Opened a private copy with the system viewer</source>
        <translation>Eine private Kopie im Anzeigeprogramm des Systems geöffnet</translation>
    </message>
    <message>
        <source>Export evidence file</source>
        <translation>Nachweisdatei exportieren</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Verify claim</source>
        <translation>Angabe verifizieren</translation>
    </message>
    <message>
        <source>Who verified this claim after seeing the evidence files?
(a second person: not the owner or the assessor)</source>
        <translation>Wer hat diese Angabe nach Sichtung der Nachweisdateien verifiziert?
(eine zweite Person: nicht die verantwortliche und nicht die bewertende Person)</translation>
    </message>
    <message>
        <source>Claim verified · Ctrl+Z undoes</source>
        <translation>Angabe verifiziert · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Proof date from evidence</source>
        <translation>Nachweisdatum aus dem Nachweis</translation>
    </message>
    <message>
        <source>Proof date set to {date} from the evidence</source>
        <translation>Nachweisdatum aus dem Nachweis auf {date} gesetzt</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>Files kept as this answer&apos;s proof; Enter or double-click opens one. Drop files here.</source>
        <translation>Dateien, die als Nachweis dieser Antwort aufbewahrt werden; Eingabetaste oder Doppelklick öffnet eine. Dateien hier ablegen.</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>Attach proof: PDF, images, office documents, text (or drop files here). Kept inside the database.</source>
        <translation>Nachweis anhängen: PDF, Bilder, Office-Dokumente, Text (oder Dateien hier ablegen). Wird in der Datenbank aufbewahrt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a private copy with the system viewer</source>
        <translation>Eine private Kopie im Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Eine Kopie der gewählten Datei speichern</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (Ctrl+Z undoes)</source>
        <translation>Die gewählte Datei aus dieser Antwort entfernen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verifizieren …</translation>
    </message>
    <message>
        <source>A second named person confirms this claim after seeing the files</source>
        <translation>Eine zweite, namentlich genannte Person bestätigt diese Angabe nach Sichtung der Dateien</translation>
    </message>
    <message>
        <source>The evidence is dated differently from the proof date on record</source>
        <translation>Der Nachweis ist anders datiert als das erfasste Nachweisdatum</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Use evidence date</source>
        <translation>Datum des Nachweises übernehmen</translation>
    </message>
    <message>
        <source>  ·  seen by verifier</source>
        <translation>  ·  von der verifizierenden Person gesichtet</translation>
    </message>
    <message>
        <source>Use {date} as proof date</source>
        <translation>{date} als Nachweisdatum übernehmen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Encrypt the PDF (AES-256): it opens only with the password</source>
        <translation>Das PDF verschlüsseln (AES-256): Es öffnet sich nur mit dem Passwort</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Word report (editable, accessible)</source>
        <translation>Word-Bericht (bearbeitbar, barrierefrei)</translation>
    </message>
    <message>
        <source>Board slides</source>
        <translation>Folien für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Export board report</source>
        <translation>Bericht für die Geschäftsleitung exportieren</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Full report (summary, domain view, escalations, gaps, actions, appendices)</source>
        <translation>Vollständiger Bericht (Zusammenfassung, Bereiche, Eskalationen, Lücken, Maßnahmen, Anhänge)</translation>
    </message>
    <message>
        <source>Board brief (two pages: the essentials)</source>
        <translation>Kurzfassung (zwei Seiten: das Wesentliche)</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <source>Every section you tick below, with the appendices</source>
        <translation>Jeder Abschnitt, den Sie unten ankreuzen, mit den Anhängen</translation>
    </message>
    <message>
        <source>Board brief</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Two pages for the board: the headline, the largest gaps, escalations</source>
        <translation>Zwei Seiten für die Geschäftsleitung: die Kernaussage, die größten Lücken, die Eskalationen</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Enthaltene Abschnitte</translation>
    </message>
    <message>
        <source>Include {section}</source>
        <translation>{section} aufnehmen</translation>
    </message>
    <message>
        <source>Include the “{section}” section in the full report</source>
        <translation>Den Abschnitt „{section}“ in den vollständigen Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF for reading and printing; Word to edit and paste into the board pack (the accessible version); slides to present</source>
        <translation>PDF zum Lesen und Drucken; Word zum Bearbeiten und Einfügen in die Unterlagen der Geschäftsleitung (die barrierefreie Fassung); Folien zum Präsentieren</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>The paper size the report is laid out for</source>
        <translation>Das Papierformat, für das der Bericht gesetzt wird</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>The language the report is written in; the window keeps its own language</source>
        <translation>Die Sprache, in der der Bericht geschrieben wird; das Fenster behält seine eigene Sprache</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Printed in the header and footer of every page</source>
        <translation>Steht in der Kopf- und Fußzeile jeder Seite</translation>
    </message>
    <message>
        <source>Protect with a password (AES-256, at least {minimum} characters)</source>
        <translation>Mit Passwort schützen (AES-256, mindestens {minimum} Zeichen)</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Mit Passwort schützen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password the PDF will ask for; it is not stored anywhere</source>
        <translation>Das Passwort, nach dem das PDF fragt; es wird nirgends gespeichert</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler abzufangen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Where the report is written (.pdf, .docx or .pptx, as the format)</source>
        <translation>Wohin der Bericht geschrieben wird (.pdf, .docx oder .pptx, je nach Format)</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>Pick the folder and file name</source>
        <translation>Ordner und Dateinamen wählen</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open the written report in your PDF viewer</source>
        <translation>Den geschriebenen Bericht in Ihrem PDF-Programm öffnen</translation>
    </message>
    <message>
        <source>Open the folder that holds the report</source>
        <translation>Den Ordner öffnen, der den Bericht enthält</translation>
    </message>
    <message>
        <source>Write the report (Enter)</source>
        <translation>Den Bericht schreiben (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close; during an export, cancel it (Esc)</source>
        <translation>Schließen; während eines Exports: abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Type a password, or untick password protection.</source>
        <translation>Geben Sie ein Passwort ein oder entfernen Sie den Haken beim Passwortschutz.</translation>
    </message>
    <message>
        <source>The password is {length} characters long; use at least {minimum} (a short sentence is easy to remember and hard to guess).</source>
        <translation>Das Passwort ist {length} Zeichen lang; verwenden Sie mindestens {minimum} (ein kurzer Satz ist leicht zu merken und schwer zu erraten).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Only the PDF can be password-protected</source>
        <translation>Nur das PDF kann mit einem Passwort geschützt werden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save board report as</source>
        <translation>Bericht für die Geschäftsleitung speichern unter</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Bericht geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Hinweis: {warning}.</translation>
    </message>
    <message>
        <source>The report was not written: {message}</source>
        <translation>Der Bericht wurde nicht geschrieben: {message}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written and any earlier report is unchanged.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben, ein früherer Bericht ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write the report to {target}: {reason}</source>
        <translation>der Bericht kann nicht nach {target} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>the report could not be built because of an internal error: {error}</source>
        <translation>der Bericht konnte wegen eines internen Fehlers nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>FoldPanel</name>
    <message>
        <source>shown</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>folded: {summary}</source>
        <translation>zugeklappt: {summary}</translation>
    </message>
    <message>
        <source>Fold {panel} (Space)</source>
        <translation>{panel} zuklappen (Leertaste)</translation>
    </message>
    <message>
        <source>Unfold {panel} (Space)</source>
        <translation>{panel} aufklappen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>FrictionMapWidget</name>
    <message>
        <source>Friction map</source>
        <translation>Reibungskarte</translation>
    </message>
    <message>
        <source>{role} {deviation} in {domain}</source>
        <translation>{role} {deviation} in {domain}</translation>
    </message>
    <message>
        <source>no role differs from the agreed levels yet</source>
        <translation>noch weicht keine Rolle von den vereinbarten Stufen ab</translation>
    </message>
    <message>
        <source>The friction map appears once people rate.</source>
        <translation>Die Reibungskarte erscheint, sobald bewertet wird.</translation>
    </message>
    <message>
        <source>sees it lower than agreed</source>
        <translation>sieht es niedriger als vereinbart</translation>
    </message>
    <message>
        <source>sees it higher than agreed</source>
        <translation>sieht es höher als vereinbart</translation>
    </message>
</context>
<context>
    <name>GapMeter</name>
    <message>
        <source>Paper versus practice</source>
        <translation>Papier gegenüber Praxis</translation>
    </message>
    <message>
        <source>Compliance index (paper) and capability index (practice), 0–100; the gap grows as practice trails paper</source>
        <translation>Konformitätsindex (Papier) und Wirksamkeitsindex (Praxis), 0–100; die Lücke wächst, je weiter die Praxis hinter dem Papier zurückbleibt</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message>
        <source>paper {paper}, practice {practice}, gap {gap} points</source>
        <translation>Papier {paper}, Praxis {practice}, Lücke {gap} Punkte</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>gap {gap}</source>
        <translation>Lücke {gap}</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>On a question</source>
        <translation>In einer Frage</translation>
    </message>
    <message>
        <source>Workshop rating round</source>
        <translation>Bewertungsrunde im Workshop</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>0 – 4</source>
        <translation>0 – 4</translation>
    </message>
    <message>
        <source>set the level of the focused side</source>
        <translation>Stufe der aktiven Seite setzen</translation>
    </message>
    <message>
        <source>N / Delete, Backspace</source>
        <translation>N / Entf, Rücktaste</translation>
    </message>
    <message>
        <source>not applicable / clear</source>
        <translation>nicht anwendbar / leeren</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn</source>
        <translation>↑ ↓ Bild↑ Bild↓</translation>
    </message>
    <message>
        <source>scroll the question (they never rate)</source>
        <translation>Frage blättern (diese Tasten bewerten nie)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>compliance → capability → the fields</source>
        <translation>Konformität → Wirksamkeit → die Felder</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>from a field, back to the rating sides</source>
        <translation>aus einem Feld zurück zu den Bewertungsseiten</translation>
    </message>
    <message>
        <source>Ctrl+→ / Ctrl+←</source>
        <translation>Strg+→ / Strg+←</translation>
    </message>
    <message>
        <source>next / previous question, from text fields too</source>
        <translation>nächste / vorige Frage, auch aus Textfeldern</translation>
    </message>
    <message>
        <source>Alt+→ / Alt+←</source>
        <translation>Alt+→ / Alt+←</translation>
    </message>
    <message>
        <source>in a text field: next / previous word</source>
        <translation>im Textfeld: nächstes / voriges Wort</translation>
    </message>
    <message>
        <source>Alt+↓ or F4</source>
        <translation>Alt+↓ oder F4</translation>
    </message>
    <message>
        <source>in a date field: pick from a calendar</source>
        <translation>im Datumsfeld: aus dem Kalender wählen</translation>
    </message>
    <message>
        <source>↑ ↓  or  Alt+number</source>
        <translation>↑ ↓  oder  Alt+Ziffer</translation>
    </message>
    <message>
        <source>pick participant</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <source>0–4  N</source>
        <translation>0–4  N</translation>
    </message>
    <message>
        <source>rate (N: not applicable)</source>
        <translation>bewerten (N: nicht anwendbar)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>clear rating</source>
        <translation>Bewertung leeren</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>capability / compliance</source>
        <translation>Wirksamkeit / Konformität</translation>
    </message>
    <message>
        <source>R  Space</source>
        <translation>R  Leertaste</translation>
    </message>
    <message>
        <source>reveal / hide</source>
        <translation>aufdecken / verbergen</translation>
    </message>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>adjust agreed level</source>
        <translation>vereinbarte Stufe anpassen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>reveal, then agree (twice to replace)</source>
        <translation>aufdecken, dann einigen (zweimal zum Ersetzen)</translation>
    </message>
    <message>
        <source>Ctrl+Z  Ctrl+Shift+Z</source>
        <translation>Strg+Z  Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>rückgängig / wiederholen</translation>
    </message>
    <message>
        <source>PgUp PgDn</source>
        <translation>Bild↑ Bild↓</translation>
    </message>
    <message>
        <source>previous / next question</source>
        <translation>vorige / nächste Frage</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Maturity cannot start</source>
        <translation>Maturity kann nicht starten</translation>
    </message>
</context>
<context>
    <name>LevelSide</name>
    <message>
        <source>WHAT COMPLIANCE ASKS</source>
        <translation>WAS DIE KONFORMITÄT FRAGT</translation>
    </message>
    <message>
        <source>WHAT CAPABILITY ASKS</source>
        <translation>WAS DIE WIRKSAMKEIT FRAGT</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>{side} level</source>
        <translation>Stufe {side}</translation>
    </message>
    <message>
        <source>{side} level: press 0–4 to choose, N for not applicable, Delete or Backspace to clear; Tab switches side</source>
        <translation>Stufe {side}: 0–4 wählt, N für nicht anwendbar, Entf oder Rücktaste leert; Tab wechselt die Seite</translation>
    </message>
    <message>
        <source>{side} level {level}: {label}</source>
        <translation>{side} Stufe {level}: {label}</translation>
    </message>
    <message>
        <source>{side}: not applicable here (key N)</source>
        <translation>{side}: hier nicht anwendbar (Taste N)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Every change is saved the moment you make it</source>
        <translation>Jede Änderung wird in dem Moment gespeichert, in dem Sie sie vornehmen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung …</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Eine neue Bewertung beginnen</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Zurück zur Liste der Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>Neu bewe&amp;rten …</translation>
    </message>
    <message>
        <source>Start the next cycle of this assessment; owners and actions carry over</source>
        <translation>Den nächsten Zyklus dieser Bewertung beginnen; Verantwortliche und Maßnahmen werden übernommen</translation>
    </message>
    <message>
        <source>&amp;Install questionnaire pack…</source>
        <translation>Fragenkatalog &amp;installieren …</translation>
    </message>
    <message>
        <source>Add a questionnaire pack (YAML) for new assessments</source>
        <translation>Einen Fragenkatalog (YAML) für neue Bewertungen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export board report…</source>
        <translation>Bericht für die Geschäftsleitung &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the PDF report for the board</source>
        <translation>Den PDF-Bericht für die Geschäftsleitung erstellen</translation>
    </message>
    <message>
        <source>Export assessment &amp;file…</source>
        <translation>Bewertungs&amp;datei exportieren …</translation>
    </message>
    <message>
        <source>Save the assessment as a portable file to move or archive it</source>
        <translation>Die Bewertung als portable Datei speichern, um sie zu übertragen oder zu archivieren</translation>
    </message>
    <message>
        <source>Export answers as &amp;CSV…</source>
        <translation>Antworten als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Answers as a spreadsheet</source>
        <translation>Antworten als Tabelle</translation>
    </message>
    <message>
        <source>I&amp;mport assessment file…</source>
        <translation>Bewertungsdatei im&amp;portieren …</translation>
    </message>
    <message>
        <source>Add an assessment from a portable file</source>
        <translation>Eine Bewertung aus einer portablen Datei hinzufügen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Eins&amp;tellungen …</translation>
    </message>
    <message>
        <source>Language, theme, font size, default budget, data location</source>
        <translation>Sprache, Farbschema, Schriftgröße, Standardbudget, Speicherort der Daten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Maturity (everything is saved)</source>
        <translation>Maturity schließen (alles ist gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo the last change to the assessment</source>
        <translation>Die letzte Änderung an der Bewertung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find question…</source>
        <translation>Frage &amp;suchen …</translation>
    </message>
    <message>
        <source>Jump to a question by typing</source>
        <translation>Durch Tippen zu einer Frage springen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorige Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>&amp;Rate this question</source>
        <translation>Diese Frage &amp;bewerten</translation>
    </message>
    <message>
        <source>Put the keyboard back on the rating sides (0–4, N) from any field</source>
        <translation>Die Tastatur aus jedem Feld zurück auf die Bewertungsseiten setzen (0–4, N)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Answer questions</source>
        <translation>Fragen beantworten</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Paper against practice</source>
        <translation>Papier gegenüber Praxis</translation>
    </message>
    <message>
        <source>&amp;Compare with previous</source>
        <translation>&amp;Mit vorheriger vergleichen</translation>
    </message>
    <message>
        <source>What changed since the previous assessment of this subject</source>
        <translation>Was sich seit der vorherigen Bewertung dieses Gegenstands geändert hat</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>The workshop rating round (workshop assessments)</source>
        <translation>Die Bewertungsrunde im Workshop (Workshop-Bewertungen)</translation>
    </message>
    <message>
        <source>Vendor p&amp;ortfolio</source>
        <translation>&amp;Lieferantenportfolio</translation>
    </message>
    <message>
        <source>Key vendors side by side: trusted on proof, or on claims?</source>
        <translation>Wichtige Lieferanten im Vergleich: Vertrauen auf Nachweis oder auf Behauptung?</translation>
    </message>
    <message>
        <source>&amp;Show in the navigator</source>
        <translation>In der Navigation &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show: {filter}</source>
        <translation>Anzeigen: {filter}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>One question at a time, full screen, large type for a projector</source>
        <translation>Eine Frage nach der anderen, Vollbild, große Schrift für den Beamer</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation>Präsentations&amp;bildschirm</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Text at {percent} %</source>
        <translation>Schrift auf {percent} %</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Farbschema: {theme}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The keys that make one sitting fast</source>
        <translation>Die Tasten, mit denen eine Sitzung zügig vorangeht</translation>
    </message>
    <message>
        <source>&amp;About Maturity</source>
        <translation>Ü&amp;ber Maturity</translation>
    </message>
    <message>
        <source>Versions of the app, Qt and Python</source>
        <translation>Versionen der Anwendung, von Qt und Python</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>to confirm (pre-filled from the last cycle)</source>
        <translation>zu bestätigen (aus dem letzten Zyklus vorausgefüllt)</translation>
    </message>
    <message>
        <source>paper maturity (practice trails paper by {gap} or more levels)</source>
        <translation>Papierreife (die Praxis liegt {gap} oder mehr Stufen hinter dem Papier)</translation>
    </message>
    <message>
        <source>exposed (weak on both sides)</source>
        <translation>exponiert (auf beiden Seiten schwach)</translation>
    </message>
    <message>
        <source>stale or missing proof (counted as level {level})</source>
        <translation>veralteter oder fehlender Nachweis (gewertet als Stufe {level})</translation>
    </message>
    <message>
        <source>no named capability owner</source>
        <translation>keine namentlich benannte verantwortliche Person</translation>
    </message>
    <message>
        <source>escalated to the board</source>
        <translation>an die Geschäftsleitung eskaliert</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Zu bestätigen</translation>
    </message>
    <message>
        <source>Paper maturity</source>
        <translation>Papierreife</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exponiert</translation>
    </message>
    <message>
        <source>Stale proof</source>
        <translation>Veralteter Nachweis</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listed because it is the question on screen; the filter hides it</source>
        <translation>Aufgeführt, weil es die angezeigte Frage ist; der Filter blendet sie sonst aus</translation>
    </message>
    <message>
        <source>{answered} of {applicable} applicable answered</source>
        <translation>{answered} von {applicable} anwendbaren beantwortet</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Gaps (paper maturity, exposed, stale proof, unowned)</source>
        <translation>Lücken (Papierreife, exponiert, veralteter Nachweis, ohne Verantwortliche)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({version}, %n question(s))</source>
        <translation>
            <numerusform>{title} ({version}, %n Frage)</numerusform>
            <numerusform>{title} ({version}, %n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>The questionnaire pack to answer</source>
        <translation>Der zu beantwortende Fragenkatalog</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>What is in scope: business units, sites, services</source>
        <translation>Was im Geltungsbereich liegt: Geschäftsbereiche, Standorte, Dienste</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Who is doing the assessment</source>
        <translation>Wer die Bewertung durchführt</translation>
    </message>
    <message>
        <source>Self-assessment (alone, on this laptop)</source>
        <translation>Selbstbewertung (allein, an diesem Rechner)</translation>
    </message>
    <message>
        <source>Workshop (facilitated, with participants)</source>
        <translation>Workshop (moderiert, mit Teilnehmenden)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Self-assessment or a facilitated workshop</source>
        <translation>Selbstbewertung oder moderierter Workshop</translation>
    </message>
    <message>
        <source>Escalation budget</source>
        <translation>Eskalationsbudget</translation>
    </message>
    <message>
        <source>How many questions may be escalated to the board; scarcity forces priorities</source>
        <translation>Wie viele Fragen an die Geschäftsleitung eskaliert werden dürfen; Knappheit erzwingt Prioritäten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create the assessment and open it</source>
        <translation>Die Bewertung anlegen und öffnen</translation>
    </message>
    <message>
        <source>Close without creating anything</source>
        <translation>Schließen, ohne etwas anzulegen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Name of the vendor assessed</source>
        <translation>Name des bewerteten Lieferanten</translation>
    </message>
    <message>
        <source>Name of the organisation assessed</source>
        <translation>Name der bewerteten Organisation</translation>
    </message>
    <message>
        <source>The vendor this assessment is about</source>
        <translation>Der Lieferant, um den es in dieser Bewertung geht</translation>
    </message>
    <message>
        <source>The organisation this assessment is about</source>
        <translation>Die Organisation, um die es in dieser Bewertung geht</translation>
    </message>
    <message>
        <source>Enter the vendor name.</source>
        <translation>Geben Sie den Namen des Lieferanten ein.</translation>
    </message>
    <message>
        <source>Enter the organisation name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message>
        <source>Install questionnaire pack</source>
        <translation>Fragenkatalog installieren</translation>
    </message>
    <message>
        <source>Questionnaire packs (*.yaml *.yml);;All files (*)</source>
        <translation>Fragenkataloge (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace installed pack?</source>
        <translation>Installierten Fragenkatalog ersetzen?</translation>
    </message>
    <message>
        <source>Replace the installed pack with this file anyway?</source>
        <translation>Den installierten Fragenkatalog trotzdem durch diese Datei ersetzen?</translation>
    </message>
    <message>
        <source>Pack not installed</source>
        <translation>Fragenkatalog nicht installiert</translation>
    </message>
    <message>
        <source>The pack was not installed:

{error}</source>
        <translation>Der Fragenkatalog wurde nicht installiert:

{error}</translation>
    </message>
    <message>
        <source>It replaces version {version}.</source>
        <translation>Er ersetzt Version {version}.</translation>
    </message>
    <message>
        <source>Pack installed</source>
        <translation>Fragenkatalog installiert</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>{status} · approved by {approver}: {reason}</source>
        <translation>{status} · genehmigt von {approver}: {reason}</translation>
    </message>
    <message>
        <source>No risk acceptance</source>
        <translation>Keine Risikoakzeptanz</translation>
    </message>
    <message>
        <source>Risk accepted · Ctrl+Z undoes</source>
        <translation>Risiko akzeptiert · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Risk acceptance withdrawn</source>
        <translation>Risikoakzeptanz zurückgezogen</translation>
    </message>
    <message>
        <source>Action status: {status}</source>
        <translation>Status der Maßnahme: {status}</translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation>Priorität festgelegt</translation>
    </message>
    <message>
        <source>Target set</source>
        <translation>Ziel festgelegt</translation>
    </message>
    <message>
        <source>Board targets set · Ctrl+Z undoes</source>
        <translation>Ziele der Geschäftsleitung festgelegt · Strg+Z macht es rückgängig</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Where the remediation action stands; kept with its history into the next cycle</source>
        <translation>Wo die Abhilfemaßnahme steht; wird samt Verlauf in den nächsten Zyklus übernommen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>Risikoakzeptanz</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>Risiko akzeptieren …</translation>
    </message>
    <message>
        <source>Accept this gap instead of fixing it: a named approver, a reason and an expiry</source>
        <translation>Diese Lücke akzeptieren, statt sie zu schließen: mit namentlich genannter genehmigender Person, Begründung und Ablaufdatum</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the acceptance: the gap is back in the plan</source>
        <translation>Die Akzeptanz zurückziehen: die Lücke steht wieder im Plan</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status der Maßnahme</translation>
    </message>
    <message>
        <source>Action priority</source>
        <translation>Priorität der Maßnahme</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>Weight × gap unless you set it; step below 0 to go back to the derived priority</source>
        <translation>Gewicht × Lücke, sofern Sie nichts festlegen; unter 0 gehen, um zur abgeleiteten Priorität zurückzukehren</translation>
    </message>
    <message>
        <source>Target for this question</source>
        <translation>Ziel für diese Frage</translation>
    </message>
    <message>
        <source>The capability level the board wants for this question (else its domain&apos;s)</source>
        <translation>Die Wirksamkeitsstufe, die die Geschäftsleitung für diese Frage erwartet (sonst die ihres Bereichs)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>weight × gap = {value}</source>
        <translation>Gewicht × Lücke = {value}</translation>
    </message>
    <message>
        <source>Domain&apos;s ({level})</source>
        <translation>Wie Bereich ({level})</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no target</comment>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Claims − proof</source>
        <translation>Angaben − Nachweis</translation>
    </message>
    <message>
        <source>Claims proven</source>
        <translation>Angaben belegt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Exit tested</source>
        <translation>Ausstieg erprobt</translation>
    </message>
    <message>
        <source>Concentration risk</source>
        <translation>Konzentrationsrisiko</translation>
    </message>
    <message>
        <source>Proof change</source>
        <translation>Änderung Nachweis</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>The vendor assessed (latest assessment per vendor)</source>
        <translation>Der bewertete Lieferant (jeweils neueste Bewertung)</translation>
    </message>
    <message>
        <source>Compliance index: what the vendor says and documents (0-100)</source>
        <translation>Konformitätsindex: was der Lieferant angibt und dokumentiert (0–100)</translation>
    </message>
    <message>
        <source>Capability index: what was shown to work, with fresh proof (0-100)</source>
        <translation>Wirksamkeitsindex: was sich mit aktuellem Nachweis als wirksam gezeigt hat (0–100)</translation>
    </message>
    <message>
        <source>How far the claims run ahead of the proof, in index points</source>
        <translation>Wie weit die Angaben dem Nachweis vorauseilen, in Indexpunkten</translation>
    </message>
    <message>
        <source>Share of strong claims (level 3+) backed by strong proof (level 3+)</source>
        <translation>Anteil starker Angaben (Stufe 3+), die durch starken Nachweis (Stufe 3+) belegt sind</translation>
    </message>
    <message>
        <source>proven: most strong claims proven and practice close to paper; claims only: trust rests on paper</source>
        <translation>belegt: die meisten starken Angaben nachgewiesen und die Praxis nah am Papier; nur Angaben: das Vertrauen ruht auf dem Papier</translation>
    </message>
    <message>
        <source>How well the dependency on this vendor is managed in practice: capability index of the dependency and concentration questions (— when the pack has none)</source>
        <translation>Wie gut die Abhängigkeit von diesem Lieferanten in der Praxis gesteuert wird: Wirksamkeitsindex der Fragen zu Abhängigkeit und Konzentration (— wenn der Fragenkatalog keine hat)</translation>
    </message>
    <message>
        <source>Every exit question exercised end to end with fresh proof (— when the pack has none)</source>
        <translation>Jede Ausstiegsfrage durchgängig mit aktuellem Nachweis erprobt (— wenn der Fragenkatalog keine hat)</translation>
    </message>
    <message>
        <source>Concentration risk, as in the PDF scorecard: a poorly managed dependency and no tested way out</source>
        <translation>Konzentrationsrisiko wie in der PDF-Scorecard: eine schlecht gesteuerte Abhängigkeit und kein erprobter Ausstieg</translation>
    </message>
    <message>
        <source>Change of the proof index since this vendor&apos;s previous assessment</source>
        <translation>Änderung des Nachweisindex seit der vorigen Bewertung dieses Lieferanten</translation>
    </message>
    <message>
        <source>Day of the assessment</source>
        <translation>Tag der Bewertung</translation>
    </message>
    <message>
        <source>Poorly managed dependency and no tested way out</source>
        <translation>Schlecht gesteuerte Abhängigkeit und kein erprobter Ausstieg</translation>
    </message>
    <message>
        <source>{vendor} — {pack} {version}, {answered}/{total} answered</source>
        <translation>{vendor} — {pack} {version}, {answered}/{total} beantwortet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>concentration risk</source>
        <translation>Konzentrationsrisiko</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Claims = what the vendor documents (compliance index); proof = what was shown to work with fresh evidence (capability index). Trust is “proven” when at least three quarters of the strong claims are proven and practice stays within half a level of paper. Exit and dependency come from questions tagged exit or dependency in the vendor pack.</source>
        <translation>Angaben = was der Lieferant dokumentiert (Konformitätsindex); Nachweis = was sich mit aktuellen Belegen als wirksam gezeigt hat (Wirksamkeitsindex). Das Vertrauen gilt als „belegt“, wenn mindestens drei Viertel der starken Angaben nachgewiesen sind und die Praxis höchstens eine halbe Stufe unter dem Papier liegt. Ausstieg und Abhängigkeit stammen aus den Fragen des Lieferanten-Fragenkatalogs, die als Ausstieg bzw. Abhängigkeit gekennzeichnet sind.</translation>
    </message>
    <message>
        <source>Vendor portfolio</source>
        <translation>Lieferantenportfolio</translation>
    </message>
    <message>
        <source>Key vendors side by side: trusted on proof, or on claims?</source>
        <translation>Wichtige Lieferanten im Vergleich: Vertrauen auf Nachweis oder auf Behauptung?</translation>
    </message>
    <message>
        <source>Filter vendors…</source>
        <translation>Lieferanten filtern …</translation>
    </message>
    <message>
        <source>Filter vendors</source>
        <translation>Lieferanten filtern</translation>
    </message>
    <message>
        <source>Type part of a vendor&apos;s name to narrow the list</source>
        <translation>Einen Teil des Lieferantennamens eingeben, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>No vendor assessments yet. Start one with a vendor pack (such as Vendor trust) from “New assessment…”.</source>
        <translation>Noch keine Lieferantenbewertungen. Beginnen Sie eine über „Neue Bewertung …“ mit einem Lieferanten-Fragenkatalog (etwa „Vertrauen in Lieferanten“).</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation>Mit vorheriger vergleichen</translation>
    </message>
    <message>
        <source>Open the selected vendor&apos;s assessment (Enter)</source>
        <translation>Die Bewertung des gewählten Lieferanten öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Compare the selected vendor&apos;s assessment with its previous one</source>
        <translation>Die Bewertung des gewählten Lieferanten mit der vorigen vergleichen</translation>
    </message>
    <message>
        <source>Export vendor scorecards…</source>
        <translation>Lieferanten-Scorecards exportieren …</translation>
    </message>
    <message>
        <source>One page per vendor plus a comparison page, to share in the vendor forum</source>
        <translation>Eine Seite je Lieferant und eine Vergleichsseite, zur Weitergabe im Lieferantengremium</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>The paper size the scorecards are laid out for</source>
        <translation>Das Papierformat, für das die Scorecards gesetzt werden</translation>
    </message>
    <message>
        <source>Export vendor scorecards</source>
        <translation>Lieferanten-Scorecards exportieren</translation>
    </message>
    <message>
        <source>vendor-scorecards.pdf</source>
        <translation>lieferanten-scorecards.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing the scorecards of %n vendor(s)…</source>
        <translation>
            <numerusform>Die Scorecard von %n Lieferanten wird geschrieben …</numerusform>
            <numerusform>Die Scorecards von %n Lieferanten werden geschrieben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written and any earlier scorecards are unchanged.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben, frühere Scorecards sind unverändert.</translation>
    </message>
    <message>
        <source>The scorecards could not be written: {error}</source>
        <translation>Die Scorecards konnten nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Vendor scorecards written to {path}</source>
        <translation>Lieferanten-Scorecards geschrieben nach {path}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Esc leave · 0–4 N rate · R reveal · Enter agree · Ctrl+Z undo · Ctrl+Shift+Z redo · Shift+↓↑ scroll · PgUp/PgDn question · Ctrl +/− type size · H names · E notes · T timer</source>
        <translation>Esc verlassen · 0–4 N bewerten · R aufdecken · Eingabe einigen · Strg+Z rückgängig · Strg+Umschalt+Z wiederholen · Umschalt+↓↑ blättern · Bild↑/Bild↓ Frage · Strg +/− Schriftgröße · H Namen · E Vermerke · T Zeitgeber</translation>
    </message>
    <message>
        <source>Esc leave · ← → or PgUp/PgDn question · Shift+↓↑ scroll · Ctrl +/− type size · E notes · T timer</source>
        <translation>Esc verlassen · ← → oder Bild↑/Bild↓ Frage · Umschalt+↓↑ blättern · Strg +/− Schriftgröße · E Vermerke · T Zeitgeber</translation>
    </message>
    <message>
        <source>Maturity — presentation</source>
        <translation>Maturity — Präsentation</translation>
    </message>
    <message>
        <source>Type size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Namen zeigen</translation>
    </message>
    <message>
        <source>Show evidence notes</source>
        <translation>Nachweisvermerke zeigen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zeitgeber</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Timer {time}</source>
        <translation>Zeitgeber {time}</translation>
    </message>
    <message>
        <source>{domain} · question {position} of {size} · {overall} of {total} overall</source>
        <translation>{domain} · Frage {position} von {size} · {overall} von {total} insgesamt</translation>
    </message>
    <message>
        <source>Evidence note: {note}</source>
        <translation>Nachweisvermerk: {note}</translation>
    </message>
    <message>
        <source>Recorded: on paper {paper} · in practice {practice}</source>
        <translation>Erfasst: auf dem Papier {paper} · in der Praxis {practice}</translation>
    </message>
    <message>
        <source> (counted as {level}: {reason})</source>
        <translation> (gewertet als {level}: {reason})</translation>
    </message>
    <message>
        <source>No participants yet: add them in the workshop panel.</source>
        <translation>Noch keine Teilnehmenden: Fügen Sie sie im Workshop-Bereich hinzu.</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>in der Praxis</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>auf dem Papier</translation>
    </message>
    <message>
        <source>agreed {level} ✓</source>
        <translation>vereinbart {level} ✓</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Rating {axis}: {rated} of {total} rated — hidden until revealed</source>
        <translation>Bewertung {axis}: {rated} von {total} bewertet — verborgen bis zum Aufdecken</translation>
    </message>
    <message>
        <source>Revealed {axis}: no levels given</source>
        <translation>Aufgedeckt {axis}: keine Stufen vergeben</translation>
    </message>
    <message>
        <source>Revealed {axis}: spread {spread} · σ {stdev} · proposal {proposal} · {agreed}</source>
        <translation>Aufgedeckt {axis}: Spannweite {spread} · σ {stdev} · Vorschlag {proposal} · {agreed}</translation>
    </message>
    <message>
        <source> · FRICTION — a conversation to have</source>
        <translation> · REIBUNG — ein Gespräch ist fällig</translation>
    </message>
</context>
<context>
    <name>QuadrantScatter</name>
    <message>
        <source>Question quadrant: paper against practice</source>
        <translation>Fragen-Quadrant: Papier gegenüber Praxis</translation>
    </message>
    <message>
        <source>Each dot is a question: right = stronger paper, up = proven practice; click a dot to open it</source>
        <translation>Jeder Punkt ist eine Frage: rechts = stärkeres Papier, oben = nachgewiesene Praxis; klicken Sie auf einen Punkt, um die Frage zu öffnen</translation>
    </message>
    <message>
        <source>Paper (compliance) →</source>
        <translation>Papier (Konformität) →</translation>
    </message>
    <message>
        <source>Practice (capability) →</source>
        <translation>Praxis (Wirksamkeit) →</translation>
    </message>
    <message>
        <source>paper tiger</source>
        <translation>Papiertiger</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>exponiert</translation>
    </message>
    <message>
        <source>resilient</source>
        <translation>belastbar</translation>
    </message>
    <message>
        <source>{title}
paper {paper} · practice {practice}</source>
        <translation>{title}
Papier {paper} · Praxis {practice}</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>The named person who decides when this capability fails (type to reuse a name)</source>
        <translation>Die namentlich benannte Person, die entscheidet, wenn diese Fähigkeit versagt (tippen, um einen Namen wiederzuverwenden)</translation>
    </message>
    <message>
        <source>proof date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>capability owner</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>Nachweisvermerk</translation>
    </message>
    <message>
        <source>remediation action</source>
        <translation>Abhilfemaßnahme</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>Maßnahmenverantwortliche</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>proposed decision</source>
        <translation>Entscheidungsvorschlag</translation>
    </message>
    <message>
        <source>Confirm as is</source>
        <translation>Unverändert bestätigen</translation>
    </message>
    <message>
        <source>Keep last cycle&apos;s levels and proof date for this question: they still hold</source>
        <translation>Die Stufen und das Nachweisdatum des letzten Zyklus für diese Frage behalten: sie gelten weiterhin</translation>
    </message>
    <message>
        <source>Proof date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>When was this capability last proven? Never if it was not.</source>
        <translation>Wann wurde diese Fähigkeit zuletzt nachgewiesen? „Nie“, wenn nicht.</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no proof date</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Set the proof date to never</source>
        <translation>Nachweisdatum auf „nie“ setzen</translation>
    </message>
    <message>
        <source>Capability owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nachweisvermerk</translation>
    </message>
    <message>
        <source>Where the proof is and what it showed</source>
        <translation>Wo der Nachweis liegt und was er gezeigt hat</translation>
    </message>
    <message>
        <source>Remediation action</source>
        <translation>Abhilfemaßnahme</translation>
    </message>
    <message>
        <source>What will be done to close the gap</source>
        <translation>Was getan wird, um die Lücke zu schließen</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Maßnahmenverantwortliche</translation>
    </message>
    <message>
        <source>Who will do the remediation action</source>
        <translation>Wer die Abhilfemaßnahme umsetzt</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Fälligkeitsdatum der Maßnahme</translation>
    </message>
    <message>
        <source>When the remediation action is due</source>
        <translation>Wann die Abhilfemaßnahme fällig ist</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no due date</comment>
        <translation>ohne</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no due date</comment>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>Remove the due date</source>
        <translation>Fälligkeitsdatum entfernen</translation>
    </message>
    <message>
        <source>Escalate to the board</source>
        <translation>An die Geschäftsleitung eskalieren</translation>
    </message>
    <message>
        <source>Ask the board for a decision on this question. Escalations are limited on purpose.</source>
        <translation>Die Geschäftsleitung um eine Entscheidung zu dieser Frage bitten. Eskalationen sind bewusst begrenzt.</translation>
    </message>
    <message>
        <source>Board &amp;decision…</source>
        <translation>&amp;Entscheidung der Geschäftsleitung …</translation>
    </message>
    <message>
        <source>Record what the board decided: only that resolves an escalation</source>
        <translation>Erfassen, was die Geschäftsleitung entschieden hat: nur das erledigt eine Eskalation</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Entscheidungsvorschlag</translation>
    </message>
    <message>
        <source>The decision the board is asked to take</source>
        <translation>Die Entscheidung, um die die Geschäftsleitung gebeten wird</translation>
    </message>
    <message>
        <source>Last proven</source>
        <translation>Zuletzt nachgewiesen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>PROOF AND OWNERSHIP</source>
        <translation>NACHWEIS UND VERANTWORTUNG</translation>
    </message>
    <message>
        <source>REMEDIATION</source>
        <translation>ABHILFE</translation>
    </message>
    <message>
        <source>IF THIS FAILS</source>
        <translation>WENN DIES VERSAGT</translation>
    </message>
    <message>
        <source>BOARD ESCALATION</source>
        <translation>ESKALATION AN DIE GESCHÄFTSLEITUNG</translation>
    </message>
    <message>
        <source>Last proven: {proven} · Capability owner: {owner} · Evidence: {evidence}</source>
        <translation>Zuletzt nachgewiesen: {proven} · Verantwortlich: {owner} · Nachweis: {evidence}</translation>
    </message>
    <message>
        <source>Action: {action} · By: {owner} · Due: {due}</source>
        <translation>Maßnahme: {action} · Durch: {owner} · Fällig: {due}</translation>
    </message>
    <message>
        <source>{tip}
Type it as {forms}; Alt+Down opens a calendar</source>
        <translation>{tip}
Eingabe als {forms}; Alt+Pfeil nach unten öffnet einen Kalender</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
    <message>
        <source>What counts as proof: {evidence}</source>
        <translation>Was als Nachweis gilt: {evidence}</translation>
    </message>
    <message>
        <source>Not applicable (N) when: {guidance}</source>
        <translation>Nicht anwendbar (N), wenn: {guidance}</translation>
    </message>
    <message>
        <source>A named person, usually the {role}</source>
        <translation>Eine namentlich benannte Person, in der Regel: {role}</translation>
    </message>
    <message>
        <source>“{consequence}”</source>
        <translation>„{consequence}“</translation>
    </message>
    <message>
        <source>Capability counted lower: {reason}.</source>
        <translation>Wirksamkeit niedriger gewertet: {reason}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To confirm&lt;/b&gt; — last cycle&apos;s levels and proof date were pre-filled: confirm them as they are, or change them</source>
        <translation>&lt;b&gt;Zu bestätigen&lt;/b&gt; — Stufen und Nachweisdatum des letzten Zyklus wurden vorausgefüllt: Bestätigen Sie sie unverändert oder ändern Sie sie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over&lt;/b&gt; — owner, action and evidence note come from last cycle</source>
        <translation>&lt;b&gt;Übernommen&lt;/b&gt; — Verantwortliche, Maßnahme und Nachweisvermerk stammen aus dem letzten Zyklus</translation>
    </message>
    <message>
        <source>Resolved: {decision}</source>
        <translation>Erledigt: {decision}</translation>
    </message>
    <message>
        <source>Open: awaiting the board</source>
        <translation>Offen: wartet auf die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Open until the board&apos;s decision is recorded; it carries to the next cycle</source>
        <translation>Offen, bis die Entscheidung der Geschäftsleitung erfasst ist; wird in den nächsten Zyklus übernommen</translation>
    </message>
    <message>
        <source>Escalations used: {used} of {budget}</source>
        <translation>Budget: {used} von {budget} genutzt</translation>
    </message>
    <message>
        <source>Why these references: {notes}</source>
        <translation>Warum diese Bezüge: {notes}</translation>
    </message>
    <message>
        <source>No framework references.</source>
        <translation>Keine Bezüge zu Regelwerken.</translation>
    </message>
    <message>
        <source>{field} not saved: {problem}</source>
        <translation>{field} nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>RatingRound</name>
    <message>
        <source>There is no participant number {number} in the room.</source>
        <translation>Im Raum gibt es keine teilnehmende Person mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>Add the participants first: each rating belongs to someone in the room.</source>
        <translation>Fügen Sie zuerst die Teilnehmenden hinzu: Jede Bewertung gehört zu einer Person im Raum.</translation>
    </message>
    <message>
        <source>{participant}: capability {level}</source>
        <translation>{participant}: Wirksamkeit {level}</translation>
    </message>
    <message>
        <source>{participant}: compliance {level}</source>
        <translation>{participant}: Konformität {level}</translation>
    </message>
    <message>
        <source>Not agreed: {error}.</source>
        <translation>Nicht vereinbart: {error}.</translation>
    </message>
    <message>
        <source>Already agreed on {level}: ← → pick another level to change it.</source>
        <translation>Bereits auf {level} geeinigt: ← → wählt eine andere Stufe, um das zu ändern.</translation>
    </message>
    <message>
        <source>The room agreed on {agreed} already. Press Enter again to replace it with {level}; any other key keeps {agreed}.</source>
        <translation>Der Raum hat sich bereits auf {agreed} geeinigt. Drücken Sie erneut die Eingabetaste, um es durch {level} zu ersetzen; jede andere Taste behält {agreed}.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>Re-assess</source>
        <translation>Neu bewerten</translation>
    </message>
    <message>
        <source>Start the next cycle of “{name}”</source>
        <translation>Den nächsten Zyklus von „{name}“ beginnen</translation>
    </message>
    <message>
        <source>{pack} {version}, assessed {date}, {answered} of {applicable} applicable questions answered. That assessment stays as it is.</source>
        <translation>{pack} {version}, bewertet am {date}, {answered} von {applicable} anwendbaren Fragen beantwortet. Diese Bewertung bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Owners, remediation actions and evidence notes are carried over and marked “carried over”, so this year’s review starts from last year’s commitments.</source>
        <translation>Verantwortliche, Abhilfemaßnahmen und Nachweisvermerke werden übernommen und als „übernommen“ gekennzeichnet, sodass die diesjährige Überprüfung bei den Zusagen des Vorjahres ansetzt.</translation>
    </message>
    <message>
        <source>Blank levels and proof dates — a fresh judgement (recommended)</source>
        <translation>Leere Stufen und Nachweisdaten — ein frisches Urteil (empfohlen)</translation>
    </message>
    <message>
        <source>Pre-fill last cycle’s levels and proof dates, each flagged “to confirm”</source>
        <translation>Stufen und Nachweisdaten des letzten Zyklus vorausfüllen, jeweils als „zu bestätigen“ gekennzeichnet</translation>
    </message>
    <message>
        <source>Blank levels and proof dates</source>
        <translation>Leere Stufen und Nachweisdaten</translation>
    </message>
    <message>
        <source>Every level and proof date is judged afresh; owners and actions still carry over</source>
        <translation>Jede Stufe und jedes Nachweisdatum wird neu beurteilt; Verantwortliche und Maßnahmen werden dennoch übernommen</translation>
    </message>
    <message>
        <source>Pre-fill last cycle&apos;s levels and proof dates</source>
        <translation>Stufen und Nachweisdaten des letzten Zyklus vorausfüllen</translation>
    </message>
    <message>
        <source>Faster, but each pre-filled answer is flagged “to confirm” until confirmed or changed</source>
        <translation>Schneller, aber jede vorausgefüllte Antwort bleibt als „zu bestätigen“ gekennzeichnet, bis sie bestätigt oder geändert ist</translation>
    </message>
    <message>
        <source>The pack {pack} is no longer installed: the new assessment reuses version {version}.</source>
        <translation>Der Fragenkatalog {pack} ist nicht mehr installiert: Die neue Bewertung verwendet weiter Version {version}.</translation>
    </message>
    <message>
        <source>Same questions as last time (pack version {version}).</source>
        <translation>Dieselben Fragen wie beim letzten Mal (Version {version} des Fragenkatalogs).</translation>
    </message>
    <message>
        <source>Questionnaire changes since last time</source>
        <translation>Änderungen am Fragenkatalog seit dem letzten Mal</translation>
    </message>
    <message>
        <source>What changed in the questionnaire pack since the last cycle</source>
        <translation>Was sich seit dem letzten Zyklus am Fragenkatalog geändert hat</translation>
    </message>
    <message>
        <source>Start re-assessment</source>
        <translation>Neubewertung beginnen</translation>
    </message>
    <message>
        <source>Create the next cycle&apos;s assessment and open it (Enter)</source>
        <translation>Die Bewertung des nächsten Zyklus anlegen und öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close without creating anything (Esc)</source>
        <translation>Schließen, ohne etwas anzulegen (Esc)</translation>
    </message>
    <message>
        <source>Could not start the re-assessment: {error}</source>
        <translation>Die Neubewertung konnte nicht begonnen werden: {error}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Regional director</source>
        <translation>Regionalleitung</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risikomanagement</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{system} ({language})</source>
        <translation>{system} ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes when Maturity restarts. The board report has its own language option.</source>
        <translation>Die Sprache von Menüs, Seiten und Meldungen; sie wechselt beim Neustart von Maturity. Der Bericht für die Geschäftsleitung hat eine eigene Sprachoption.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light, dark, or the system&apos;s choice</source>
        <translation>Hell, dunkel oder wie im System eingestellt</translation>
    </message>
    <message>
        <source>Font scale</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Make all text larger or smaller</source>
        <translation>Alle Schrift vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Default escalation budget</source>
        <translation>Standard-Eskalationsbudget</translation>
    </message>
    <message>
        <source>Escalations to the board allowed in new assessments</source>
        <translation>In neuen Bewertungen erlaubte Eskalationen an die Geschäftsleitung</translation>
    </message>
    <message>
        <source>{folder}
Database: {database}</source>
        <translation>{folder}
Datenbank: {database}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Den Datenordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>Apply and remember these settings</source>
        <translation>Diese Einstellungen übernehmen und merken</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Compliance on paper, capability in practice: find where they part.</source>
        <translation>Konformität auf dem Papier, Wirksamkeit in der Praxis: Finden Sie heraus, wo sie auseinandergehen.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Neue Bewertung …</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Eine neue Bewertung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Re-assess…</source>
        <translation>Neu bewerten …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Open the selected assessment (Enter)</source>
        <translation>Die gewählte Bewertung öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Rename the organisation or vendor of the selected assessment</source>
        <translation>Die Organisation oder den Lieferanten der gewählten Bewertung umbenennen</translation>
    </message>
    <message>
        <source>Copy the selected assessment with all its answers</source>
        <translation>Die gewählte Bewertung mit allen Antworten kopieren</translation>
    </message>
    <message>
        <source>Start the next cycle of the selected assessment (Ctrl+Shift+R)</source>
        <translation>Den nächsten Zyklus der gewählten Bewertung beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Compare the selected assessment with the previous one of its subject (Ctrl+3)</source>
        <translation>Die gewählte Bewertung mit der vorigen desselben Gegenstands vergleichen (Strg+3)</translation>
    </message>
    <message>
        <source>Delete the selected assessment (asks first)</source>
        <translation>Die gewählte Bewertung löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Vendor portfolio</source>
        <translation>Lieferantenportfolio</translation>
    </message>
    <message>
        <source>Key vendors side by side: trusted on proof, or on claims? (Ctrl+Shift+P)</source>
        <translation>Wichtige Lieferanten im Vergleich: Vertrauen auf Nachweis oder auf Behauptung? (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Letzte Bewertungen</translation>
    </message>
    <message>
        <source>Recent assessments; double-click or press Enter to open</source>
        <translation>Letzte Bewertungen; Doppelklick oder Eingabetaste öffnet</translation>
    </message>
    <message>
        <source>RECENT ASSESSMENTS</source>
        <translation>LETZTE BEWERTUNGEN</translation>
    </message>
</context>
<context>
    <name>StartPageController</name>
    <message numerus="yes">
        <source> (%n more)</source>
        <translation>
            <numerusform> (%n weitere)</numerusform>
            <numerusform> (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaires</source>
        <translation>Keine Fragenkataloge</translation>
    </message>
    <message>
        <source>No questionnaire pack could be loaded.</source>
        <translation>Es konnte kein Fragenkatalog geladen werden.</translation>
    </message>
    <message>
        <source>Sample not created</source>
        <translation>Beispiel nicht angelegt</translation>
    </message>
    <message>
        <source>Sample assessment of “{name}” created: explore, then delete it from the start page</source>
        <translation>Beispielbewertung von „{name}“ angelegt: Erkunden Sie sie und löschen Sie sie dann auf der Startseite</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Organisation or vendor:</source>
        <translation>Organisation oder Lieferant:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”</source>
        <translation>Dupliziert als „{name}“</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the assessment of “{name}” ({pack}) with its %n answer(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Die Bewertung von „{name}“ ({pack}) mit ihrer %n Antwort löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Bewertung von „{name}“ ({pack}) mit ihren %n Antworten löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “{name}”</source>
        <translation>„{name}“ gelöscht</translation>
    </message>
    <message>
        <source>Imported “{name}”</source>
        <translation>„{name}“ importiert</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Board targets</source>
        <translation>Ziele der Geschäftsleitung</translation>
    </message>
    <message>
        <source>The capability level the board wants each domain to reach (on the 0-100 index, level × 25). Practice today is shown for reference.</source>
        <translation>Die Wirksamkeitsstufe, die jeder Bereich nach dem Willen der Geschäftsleitung erreichen soll (auf dem Index 0–100: Stufe × 25). Die heutige Praxis ist zum Vergleich angegeben.</translation>
    </message>
    <message>
        <source>Target for {domain}</source>
        <translation>Ziel für {domain}</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Level {level} ({index})</source>
        <translation>Stufe {level} ({index})</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>practice {index}</source>
        <translation>Praxis {index}</translation>
    </message>
    <message>
        <source>Set targets</source>
        <translation>Ziele festlegen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of paper and practice across assessments</source>
        <translation>Verlauf von Papier und Praxis über die Bewertungen</translation>
    </message>
    <message>
        <source>Paper (compliance) and practice (capability) index per assessment; bars: paper maturity</source>
        <translation>Index für Papier (Konformität) und Praxis (Wirksamkeit) je Bewertung; Balken: Papierreife</translation>
    </message>
    <message>
        <source>Paper (compliance)</source>
        <translation>Papier (Konformität)</translation>
    </message>
    <message>
        <source>Practice (capability)</source>
        <translation>Praxis (Wirksamkeit)</translation>
    </message>
    <message>
        <source>Paper maturity (questions)</source>
        <translation>Papierreife (Fragen)</translation>
    </message>
    <message>
        <source>No assessments to show yet</source>
        <translation>Noch keine Bewertungen anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>#{id} · {date} · pack {version}
paper {paper} · practice {practice} · gap {gap}
paper maturity: %n question(s)</source>
        <translation>
            <numerusform>#{id} · {date} · Fragenkatalog {version}
Papier {paper} · Praxis {practice} · Lücke {gap}
Papierreife: %n Frage</numerusform>
            <numerusform>#{id} · {date} · Fragenkatalog {version}
Papier {paper} · Praxis {practice} · Lücke {gap}
Papierreife: %n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStateController</name>
    <message>
        <source>Settings not saved: {reason}</source>
        <translation>Einstellungen nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Restart Maturity?</source>
        <translation>Maturity neu starten?</translation>
    </message>
    <message>
        <source>Maturity will speak {language} after a restart. Everything you entered is saved; the open assessment opens again at the same question.</source>
        <translation>Maturity erscheint nach einem Neustart auf {language}. Alle Eingaben sind gespeichert; die geöffnete Bewertung öffnet sich wieder bei derselben Frage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>rated, hidden</source>
        <translation>bewertet, verborgen</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Capability — proven in practice</source>
        <translation>Wirksamkeit — in der Praxis nachgewiesen</translation>
    </message>
    <message>
        <source>Compliance — on paper</source>
        <translation>Konformität — auf dem Papier</translation>
    </message>
    <message>
        <source>{rated} of {total} rated · hidden until you reveal (R)</source>
        <translation>{rated} von {total} bewertet · verborgen, bis Sie aufdecken (R)</translation>
    </message>
    <message>
        <source>Revealed · no levels given</source>
        <translation>Aufgedeckt · keine Stufen vergeben</translation>
    </message>
    <message>
        <source>Spread {spread} · σ {stdev} · median proposal {proposal}</source>
        <translation>Spannweite {spread} · σ {stdev} · Median-Vorschlag {proposal}</translation>
    </message>
    <message>
        <source> · FRICTION: a conversation to have</source>
        <translation> · REIBUNG: ein Gespräch ist fällig</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Last cycle&apos;s level waits for the reveal</source>
        <translation>Die Stufe des letzten Zyklus wartet auf das Aufdecken</translation>
    </message>
    <message>
        <source>A level is agreed: shown after you reveal (R)</source>
        <translation>Eine Stufe ist vereinbart: sichtbar, nachdem Sie aufgedeckt haben (R)</translation>
    </message>
    <message>
        <source>Agreed: {level} ✓</source>
        <translation>Vereinbart: {level} ✓</translation>
    </message>
    <message>
        <source> (last cycle: {level}, to confirm)</source>
        <translation> (letzter Zyklus: {level}, zu bestätigen)</translation>
    </message>
    <message>
        <source>{head} · Enter again replaces it with {level}; any other key keeps it</source>
        <translation>{head} · erneut Eingabe ersetzt sie durch {level}; jede andere Taste behält sie</translation>
    </message>
    <message>
        <source>{head} · ← → to pick another level</source>
        <translation>{head} · ← → wählt eine andere Stufe</translation>
    </message>
    <message>
        <source>{head} · Enter asks to replace it with {level} (← → to adjust)</source>
        <translation>{head} · Eingabe fragt, ob sie durch {level} ersetzt wird (← → zum Anpassen)</translation>
    </message>
    <message>
        <source>{head} · Enter agrees on {level} (← → to adjust)</source>
        <translation>{head} · Eingabe vereinbart {level} (← → zum Anpassen)</translation>
    </message>
    <message>
        <source>Workshop rating round</source>
        <translation>Bewertungsrunde im Workshop</translation>
    </message>
    <message>
        <source>Role (pick or type)</source>
        <translation>Rolle (wählen oder tippen)</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>Rolle der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Name der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>The role this participant speaks for; pick or type</source>
        <translation>Die Rolle, für die diese Person spricht; wählen oder tippen</translation>
    </message>
    <message>
        <source>Their name, if the record should carry it</source>
        <translation>Ihr Name, falls er festgehalten werden soll</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Add the participant to the room (Enter in the fields)</source>
        <translation>Die Person dem Raum hinzufügen (Eingabetaste in den Feldern)</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Teilnehmende umbenennen</translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s role or name</source>
        <translation>Rolle oder Namen der gewählten Person ändern</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>Remove the selected participant (asks first)</source>
        <translation>Die gewählte Person entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Rating order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Who rates first anchors the others: shuffled by default, never by seniority</source>
        <translation>Wer zuerst bewertet, beeinflusst die anderen: standardmäßig gemischt, nie nach Hierarchie</translation>
    </message>
    <message>
        <source>&lt;b&gt;The room&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Raum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Friction map&lt;/b&gt; — how far each role sits from the agreed capability level (revealed questions only)</source>
        <translation>&lt;b&gt;Reibungskarte&lt;/b&gt; — wie weit jede Rolle von der vereinbarten Wirksamkeitsstufe entfernt liegt (nur aufgedeckte Fragen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conversations to have&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu führende Gespräche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{domain} · question {position} of {size}</source>
        <translation>{domain} · Frage {position} von {size}</translation>
    </message>
    <message>
        <source>Rating {axis}</source>
        <translation>Bewertung: {axis}</translation>
    </message>
    <message>
        <source>Keys go to the rating round again.</source>
        <translation>Die Tasten gehen wieder an die Bewertungsrunde.</translation>
    </message>
    <message>
        <source>Not typed: a role is words starting with a letter (digits are ratings, typed in the round). Esc returns the keys to the rating round.</source>
        <translation>Nicht übernommen: Eine Rolle besteht aus Wörtern, die mit einem Buchstaben beginnen (Ziffern sind Bewertungen und werden in der Runde getippt). Esc gibt die Tasten an die Bewertungsrunde zurück.</translation>
    </message>
    <message>
        <source>Name of participant {number} ({role}):</source>
        <translation>Name der teilnehmenden Person {number} ({role}):</translation>
    </message>
    <message>
        <source>Remove {participant} from the workshop?

Their ratings stay in the history but no longer count in spreads or the friction map.</source>
        <translation>{participant} aus dem Workshop entfernen?

Die Bewertungen bleiben im Verlauf erhalten, zählen aber nicht mehr für Spannweiten und die Reibungskarte.</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>ON PAPER — WHAT COMPLIANCE ASKS</source>
        <translation>AUF DEM PAPIER — WAS DIE KONFORMITÄT FRAGT</translation>
    </message>
    <message>
        <source>IN PRACTICE — WHAT CAPABILITY ASKS</source>
        <translation>IN DER PRAXIS — WAS DIE WIRKSAMKEIT FRAGT</translation>
    </message>
    <message>
        <source>✓ AGREED</source>
        <translation>✓ VEREINBART</translation>
    </message>
</context>
</TS>
