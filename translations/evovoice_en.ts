<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckListPicker</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <comment>repeated error</comment>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCellFormatter</name>
    <message numerus="yes">
        <source>%1 (%Ln seconds)</source>
        <comment>duration: clock (seconds)</comment>
        <translation>
            <numerusform>%1 (%Ln second)</numerusform>
            <numerusform>%1 (%Ln seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileLinkSelector</name>
    <message numerus="yes">
        <source>The linked file is beyond the first %n page(s) of this filter; its details are shown.</source>
        <translation>
            <numerusform>The linked file is beyond the first page of this filter; its details are shown.</numerusform>
            <numerusform>The linked file is beyond the first %n pages of this filter; its details are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>rows loaded, no total known</comment>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln files</source>
        <comment>rows on screen of the total</comment>
        <translation>
            <numerusform>%1–%2 of %Ln file</numerusform>
            <numerusform>%1–%2 of %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
