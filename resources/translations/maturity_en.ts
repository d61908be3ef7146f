<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentController</name>
    <message numerus="yes">
        <source>Confirmed as is · %n answer(s) left to confirm</source>
        <translation>
            <numerusform>Confirmed as is · %n answer left to confirm</numerusform>
            <numerusform>Confirmed as is · %n answers left to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n answered on one side only are not compared</source>
        <translation>
            <numerusform>; %n answered on one side only is not compared</numerusform>
            <numerusform>; %n answered on one side only are not compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message numerus="yes">
        <source>Attach {file} and %n more</source>
        <translation>
            <numerusform>Attach {file} and %n more</numerusform>
            <numerusform>Attach {file} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>{name} — {pack}: %n assessment(s)</source>
        <translation>
            <numerusform>{name} — {pack}: %n assessment</numerusform>
            <numerusform>{name} — {pack}: %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) dropped without a board decision</source>
        <translation>
            <numerusform>%n escalation dropped without a board decision</numerusform>
            <numerusform>%n escalations dropped without a board decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CyclePagesController</name>
    <message numerus="yes">
        <source>%n answer(s) carried over</source>
        <translation>
            <numerusform>%n answer carried over</numerusform>
            <numerusform>%n answers carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to confirm</source>
        <translation>
            <numerusform>, %n to confirm</numerusform>
            <numerusform>, %n to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n more rated on one side only.</source>
        <translation>
            <numerusform>%n more rated on one side only.</numerusform>
            <numerusform>%n more rated on one side only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropEscalationDialog</name>
    <message numerus="yes">
        <source>This assessment may escalate %n question(s) to the board, and all are taken. The board&apos;s attention is scarce on purpose.</source>
        <translation>
            <numerusform>This assessment may escalate %n question to the board, and all are taken. The board&apos;s attention is scarce on purpose.</numerusform>
            <numerusform>This assessment may escalate %n questions to the board, and all are taken. The board&apos;s attention is scarce on purpose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) · Ctrl+Z undoes</source>
        <translation>
            <numerusform>Attached %n file · Ctrl+Z undoes</numerusform>
            <numerusform>Attached %n files · Ctrl+Z undoes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message numerus="yes">
        <source>{title} ({version}, %n question(s))</source>
        <translation>
            <numerusform>{title} ({version}, %n question)</numerusform>
            <numerusform>{title} ({version}, %n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message numerus="yes">
        <source>Writing the scorecards of %n vendor(s)…</source>
        <translation>
            <numerusform>Writing the scorecards of %n vendor…</numerusform>
            <numerusform>Writing the scorecards of %n vendors…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPageController</name>
    <message numerus="yes">
        <source> (%n more)</source>
        <translation>
            <numerusform> (%n more)</numerusform>
            <numerusform> (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the assessment of “{name}” ({pack}) with its %n answer(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the assessment of “{name}” ({pack}) with its %n answer? This cannot be undone.</numerusform>
            <numerusform>Delete the assessment of “{name}” ({pack}) with its %n answers? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <source>#{id} · {date} · pack {version}
paper {paper} · practice {practice} · gap {gap}
paper maturity: %n question(s)</source>
        <translation>
            <numerusform>#{id} · {date} · pack {version}
paper {paper} · practice {practice} · gap {gap}
paper maturity: %n question</numerusform>
            <numerusform>#{id} · {date} · pack {version}
paper {paper} · practice {practice} · gap {gap}
paper maturity: %n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
