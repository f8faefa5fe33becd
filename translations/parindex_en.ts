<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AreaProfileChart</name>
    <message>
        <source>%1: index by area, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the area&apos;s maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group average, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2. %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the area&apos;s maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: area %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link to %1 not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachEvidenceCommand</name>
    <message>
        <source>evidence %1 of %2 for criterion %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The audit log of %1 ends before entry %2, which this computer saw on %3: its newest entries were removed, or this is an older copy (a backup put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit log of %2 is not the one this computer saw on %3: the log was changed, or this is another copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 cannot be compared with what this computer saw of it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of %1 was removed from the file outside the program: its audit log cannot be compared with what this computer saw of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer saw of the audit log of %1 could not be recorded in %2 (the folder cannot be written): a later cut of the log will not be noticed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <source>Reloaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>and %n more change</numerusform>
            <numerusform>and %n more changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n change(s) made elsewhere: %1.</source>
        <translation>
            <numerusform>Reloaded %n change made elsewhere: %1.</numerusform>
            <numerusform>Reloaded %n changes made elsewhere: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded everything: the file was changed outside the program (its audit log does not say what).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the score of %1 for criterion %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>changed %n score(s) of %1</source>
        <translation>
            <numerusform>changed %n score of %1</numerusform>
            <numerusform>changed %n scores of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>imported the scores of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored the earlier scores of %1 (an undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the criteria of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the classification thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the texts of the %1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalised the results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened %1 for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassBands</name>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classification needs at least one band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 starts at %2, outside 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 must start below band %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest band, %1, must start at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification bands are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <comment>index range of the highest class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <comment>index range of the lowest class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <comment>index range of a class</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>This command needs --group with a group code such as SO, HUYEN or XA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take a year such as 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --out with a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart areas needs --units with one unit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --year with a year such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: period add --year Y --group G [--copy-from Y0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-from takes a year such as 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout takes long or wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalize needs the decision&apos;s --number (e.g. 600/QĐ-UBND) and --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: backup --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision needs --out with a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, such as 2024-02-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the period is not final, so the decision carries the draft mark (DỰ THẢO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the trend table: use it without --format, or with --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: survey import --year Y --group G FILE [--sheet NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: template --year Y --group G --unit CODE --out FILE.xlsx|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the ranking table: use it without --format, or with --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: units import FILE [--sheet NAME] [--keep-scores]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --keep-scores, such a unit leaves those years all the same and its scores stay in the file, out of their ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: roster import|export --year Y --group G FILE [--sheet NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is final. The decision prints the digest %3 under its annex; `check --digest %3` confirms a file against the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --digest takes --year and --group together, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed here (%2): this command changes it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --drop-scores to delete them; the deleted values stay in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf prints the ranking table: use it without --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank takes --date only with --out FILE.pdf (the date printed on its pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 was not finalised: the decision would be wrong (%n problem(s)). Correct them on the Decision tab, or finalise with --force.</source>
        <translation>
            <numerusform>%1/%2 was not finalised: the decision would be wrong (%n problem). Correct them on the Decision tab, or finalise with --force.</numerusform>
            <numerusform>%1/%2 was not finalised: the decision would be wrong (%n problems). Correct them on the Decision tab, or finalise with --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>notice needs --out with a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, such as 2025-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline %1 is before the notice&apos;s --date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n notice(s) of appraisal results.</source>
        <translation>
            <numerusform>%1: %n notice of appraisal results.</numerusform>
            <numerusform>%1: %n notices of appraisal results.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit CODE] [--password-stdin], member list, member remove --login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 needs --login NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member add needs --role secretary, appraiser or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows of %4 tables in %5 s, checked in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: evidence add --year Y --group G --unit CODE --criterion C FILE, evidence list --year Y --group G [--unit CODE], evidence get --year Y --group G --id N --out FILE, evidence remove --year Y --group G --id N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 needs --id with the number evidence list shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence get needs --out FILE: a document is not printed on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence add needs --unit CODE and --criterion C: the cell the document shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence document %1 was taken away from %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is evidence %3 of unit %4 for criterion %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the option --%2: it would be ignored. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: copy --from FILE|ADDRESS --to FILE|ADDRESS [--year Y --group G] (without --db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1/%2 of %3 in %4, with the earlier years of %2 that its ranks are compared with (%5): %6 rows of %7 tables in %8 s, checked in %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] --out FILE.png|.svg|.pdf, or chart robustness --year Y --group G [--weights P%] [--draws N] [--seed S] --out FILE.png|.svg|.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart %1 does not take --%2: it would be ignored. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: units lineage import|export FILE [--sheet NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: criteria map [import|export] --year Y --group G FILE [--sheet NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain needs --unit with the code of a unit of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a year such as 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a year before --year (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights takes a percentage from 0 to 100, such as 20%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scores takes a percentage from 0 to 100, such as 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the robustness table: use it without --format, or with --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S] --out FILE.png|.svg|.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart robustness does not take --%1: it would be ignored. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png|.svg|.pdf draws the summary as a one-page infographic: use it without --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infographic shows one group: give --group (or --unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: impact --year Y --group G --unit CODE --criterion C --value V [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value takes a number such as 1.5 (points, or a rate in percent), or na (not applicable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save keeps the scenario of --criteria and --bands files under a name; a saved scenario is saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatif needs --criteria FILE (a criteria file, criteria.csv, with the scenario&apos;s maxima and rules), --bands FILE (bands.csv: class,min_index), both, or --scenario NAME (a scenario saved in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario runs a saved scenario as it is: give either --scenario or --criteria/--bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace goes with --save NAME: it replaces the scenario saved under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 already has a scenario named “%3”: give another name, or add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” of %2/%3 was saved (the period itself is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli --db FILE|ADDRESS [--lang vi|en] COMMAND [options]
Commands:
  init [--demo]                                   create a database; --demo fills an illustrative province
  units import FILE [--sheet NAME] [--keep-scores]
                                                  add or update units (units.csv); the rosters of years
                                                  that are not final follow, final years never change
  units lineage import|export FILE [--sheet NAME]
                                                  which units continue which (lineage.csv: mergers,
                                                  splits, new codes); an import replaces the record
  roster import|export --year Y --group G FILE [--sheet NAME]
                                                  the units a period ranks and their names that year
  period add --year Y --group G [--copy-from Y0]  open a period
  criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]
                                                  an import that would delete scores is refused unless
                                                  --drop-scores (the deleted values stay in the audit log)
  criteria map [import|export] --year Y --group G FILE [--sheet NAME]
                                                  which criterion of the previous year each criterion
                                                  continues (criteria_map.csv); empty: a new one
  scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]
  survey import --year Y --group G FILE [--sheet NAME]
                                                  survey points or answer counts into the survey criteria
  template --year Y --group G --unit CODE --out FILE
                                                  a unit&apos;s self-assessment template
  rank --year Y --group G [--format table|csv|json] [--out FILE]
                                                  --out FILE.pdf prints the ranking table for people (A4
                                                  landscape), dated --date YYYY-MM-DD or today
  trend --group G [--units A,B] [--from Y1] [--to Y2] [--format csv|json] [--out FILE]
  explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]
                                                  why a unit moved: the change of its index split by area
                                                  (adding up exactly), its rank change, who it passed
  chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] [--stacked]
        --out FILE.png|.svg|.pdf                  charts of a group over the years
  robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        [--format text|csv|json] [--out FILE]     how robust the order is: the ranking drawn again with
                                                  each area&apos;s maximum within ±P% (20% unless given; each
                                                  appraised leaf within ±Q% of its maximum with --scores),
                                                  N draws (1000 unless given) from seed S (1); per unit its
                                                  median rank, the 5th-95th percentile of its rank (nearest
                                                  rank) and the share of the draws in each class
  chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        --out FILE.png|.svg|.pdf                  the same as ranges of ranks, in the ranking&apos;s order
  decision --year Y [--group G] --out FILE.pdf [--number N --date YYYY-MM-DD --signer NAME] [--charts]
                                                  the ranking decision; all groups when --group is omitted;
                                                  --charts ends each annex with its comparison chart
  notice --year Y --group G [--unit CODE] --out FILE.pdf [--number N] [--date YYYY-MM-DD]
        [--deadline YYYY-MM-DD]                   notices of appraisal results to the units (each on new
                                                  pages): sheet, provisional index and rank, deadline for
                                                  explanations; only that unit with --unit
  finalize --year Y --group G --number N --date YYYY-MM-DD [--force]
                                                  refused while the decision has blanks, no signer,
                                                  criteria that do not add up or units without scores
                                                  or class; --force finalises all the same
  check [--digest XXXX-XXXX [--year Y --group G]]
                                                  integrity and consistency report; every final period&apos;s
                                                  ranking computed again and compared with what it published;
                                                  --digest: the file against a printed decision&apos;s digest
  whatif --year Y --group G [--criteria FILE] [--bands FILE] [--save NAME [--replace]]
         [--format csv|json] [--out FILE]
  whatif --year Y --group G --scenario NAME [--format csv|json] [--out FILE]
                                                  every unit&apos;s index, rank and class under another
                                                  criteria file (other maxima or rules) and/or bands
                                                  file (class,min_index), or a scenario saved in the
                                                  file, beside the real ones; the period never changes;
                                                  --save keeps the scenario under NAME (--replace: in
                                                  place of the one of that name)
  impact --year Y --group G --unit CODE --criterion C --value V|na [--format text|json] [--out FILE]
                                                  the units whose rank or class one corrected appraised
                                                  value would change; nothing in the database changes
  backup --out FILE                               consistent copy of the database
  upgrade                                         an older store to this version: a server store only so,
                                                  by its owner, after a backup (pg_dump); a file as opening
                                                  it does, after its copy FILE.vN.bak
  summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]
                                                  the news of the ranking in --lang&apos;s words: averages and
                                                  their change, units per class, first and last, the
                                                  largest rises and falls over one and two years, the
                                                  unit&apos;s rank k/N; --out FILE.png|.svg|.pdf draws it
                                                  on one page
  evidence add --year Y --group G --unit CODE --criterion C FILE
                                                  attaches an evidence document (PDF, image, office file,
                                                  at most 20 MB) to a unit&apos;s cell
  evidence list --year Y --group G [--unit CODE]  the documents attached, with their ids
  evidence get --year Y --group G --id N --out FILE
                                                  writes a document out; evidence remove ... --id N takes
                                                  it away
  member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit CODE]
        [--password-stdin]                        a member of the council on a server store: a login of
                                                  the server with what it may change, enforced by the
                                                  server (needs a login that may create roles);
                                                  --password-stdin reads its password from the first line
  member list | member remove --login NAME        the members; the end of a membership
  copy --from FILE|ADDRESS --to FILE|ADDRESS      the whole store, as it is, into a new file or an empty
                                                  server database (postgresql://USER@HOST:PORT/DB), checked
                                                  before it is kept; needs no --db
  copy --from FILE|ADDRESS --to FILE --year Y --group G
                                                  archives one final period, as it was published, into a
                                                  new file, with the earlier years of its group (its
                                                  ranks are compared with them), every unit and the
                                                  whole audit log
Files may be .csv or .xlsx: a workbook is read from its first sheet unless --sheet NAME; exports,
template, rank --out and trend --out write a workbook when the name ends in .xlsx.
Exit status: 0 done, 1 wrong usage, 2 bad data, 3 the database or a file cannot be opened.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: upgrade (with --db FILE|ADDRESS, nothing else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at version %2, this program&apos;s: there is nothing to upgrade. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3; the copy taken before is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 of the index %4%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonListExport</name>
    <message>
        <source>An image of these %1 units would be %2 pixels tall: more than image programs open (%3 at most). Save the chart as a PDF document (A4 pages, every unit) or as an SVG drawing instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonListPaint</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEdit</name>
    <message>
        <source>There is no criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would make the criteria tree invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a group has sub-criteria: %1 is of kind %2. Change its kind to Group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the first on its level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the last on its level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion before it on its level to go under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only go under %2 if %2 is a group: change the kind of %2 to Group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an area already: it cannot move a level up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer among the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes a group, which takes no values of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values outside 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values above the new maximum %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaTree</name>
    <message>
        <source>Criterion &quot;%1&quot;: the code must be numbers joined by dots, such as 1, 1.2 or 1.2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: the maximum points %2 are negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is a rate but has no rule (linear, or thresholds such as 100:2;80:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 has a rate rule but is not a rate criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: its rule gives up to %2 points, more than its maximum %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: its parent %2 is missing or comes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: its parent %2 is not of kind group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: a deduction must belong to an area or criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The criteria tree has %n problem(s).</source>
        <translation>
            <numerusform>The criteria tree has %n problem.</numerusform>
            <numerusform>The criteria tree has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1 is a group without sub-criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-criteria of %1 add up to %2 points; its maximum is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criteria tree can have at most %1 criteria; %2 comes after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: the maximum points %2 are above %3, the most a criteria tree can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 brings the areas&apos; maxima to %2 points, above %3, the most a criteria tree can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas add up to %1 points, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionText</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value opens with a quote here that is never closed: expected a closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected a header line with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cell %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a zip archive (an .xlsx workbook, say), not a CSV file: give an .xlsx workbook its extension .xlsx, or save the sheet as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an Excel 97-2003 workbook (.xls), not a CSV file: save it as .xlsx or .csv and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large: reading it would take more than %1 MB of memory. Expected a table of units, criteria or scores; split a larger file into several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a NUL byte here: expected text. A binary file or a UTF-16 file cannot be read as CSV; save the table as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds the control character U+%1 here: expected text; save the table as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text in %1: expected a CSV file in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2 failed; the file was left as it was. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PAR Index file (it is not a database). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a PAR Index file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this program (file version %2, this program knows %3). Update the program to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of an older version (%2) and must be upgraded, which needs permission to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading %1, a backup copy %2 could not be made: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period no longer exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 ranking of group %2 is final (decision %3): it cannot be changed. Reopen it with a reason to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that no longer exist.</source>
        <translation>
            <numerusform>%n row refers to a row that no longer exists.</numerusform>
            <numerusform>%n rows refer to rows that no longer exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed or removed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest audit log entries were removed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries.</source>
        <translation>
            <numerusform>Audit log: %n entry.</numerusform>
            <numerusform>Audit log: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) changed outside the program.</source>
        <translation>
            <numerusform>... and %n more row changed outside the program.</numerusform>
            <numerusform>... and %n more rows changed outside the program.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1/%2 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 of %2/%3 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 of %2/%3 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of unit %1 for criterion %2 in %3/%4 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision texts of %1/%2 were changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units, %2 periods, %3 scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy did not pass its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 cannot retire (%2) before or in the year it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1: there is no group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 period for group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 period of group %2 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalising needs the decision&apos;s number and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a final period needs a reason, which is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 ranking of group %2 is final already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored criteria tree is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored bands are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rate %2 of criterion %3 is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 value %2 of criterion %3 is outside 0 to %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 does not take part in the %2 ranking of group %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a criterion that takes a value in %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (unit %2, criterion %3): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit does not take part in %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a criterion that takes a value in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are not valid; nothing was imported.</source>
        <translation>
            <numerusform>%n score is not valid; nothing was imported.</numerusform>
            <numerusform>%n scores are not valid; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), digest %1</source>
        <translation>
            <numerusform>%n row, digest %1</numerusform>
            <numerusform>%n rows, digest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as a copy cut short would be. Open a backup copy; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are not valid; nothing was changed.</source>
        <translation>
            <numerusform>%n score is not valid; nothing was changed.</numerusform>
            <numerusform>%n scores are not valid; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), digest %1</source>
        <translation>
            <numerusform>%n cell, digest %1</numerusform>
            <numerusform>%n cells, digest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1 has no row in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot check its references now; nothing was changed. Close the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since %2; it is now %3. Nothing was written, so that change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bands of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of unit %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 of the %2/%3 roster was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows were removed or added outside the program, or the file is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final, but what it published is not kept in the file (removed outside the program, or the file was last written by an older version: open it once in this version to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log no longer holds entry %1, which %2 recorded when it was finalised (decision %3): entries were removed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names decision %2, but it published decision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 %3, but held %4 when it was finalised (decision %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 are not those it held when it was finalised (decision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: final, decision %2 of %3, printed digest %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known to be damaged or changed outside the program, so nothing is written to it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 period of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is finalised with what it publishes (Database::finalize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what %1 published (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final %1 %2, digest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a final period&apos;s published result is kept this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 published is kept already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as published (%1), digest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of unit %2 for criterion %3 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units of the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside the program, or is damaged: %2. Nothing was shown or written from it; run `check` for the full report, and open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of what %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of unit %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 of the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more row(s))</source>
        <translation>
            <numerusform> (and %n more row)</numerusform>
            <numerusform> (and %n more rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 of %2 (%3 rows where the program wrote %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 (as many rows as the program wrote, %3, but not the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 has %n score(s) in the %2 ranking of group %3, which is not final: moved or retired there, it would leave that ranking with its scores. Clear its scores there first, or keep it in that year.</source>
        <translation>
            <numerusform>Unit %1 has %n score in the %2 ranking of group %3, which is not final: moved or retired there, it would leave that ranking with its scores. Clear its scores there first, or keep it in that year.</numerusform>
            <numerusform>Unit %1 has %n scores in the %2 ranking of group %3, which is not final: moved or retired there, it would leave that ranking with its scores. Clear its scores there first, or keep it in that year.</numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 of the roster of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database&apos;s own file: it is never read as an import nor written over. Choose another file; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import undone or redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of the classification thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of the decision&apos;s texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of a period&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finalisation of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reopening of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of a period&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read from here: SQLite needs to make its index file %2 beside it, and this folder can only be read. Copy the file to a folder you may write, or ask for permission to write the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder can only be read, and a change needs to write its log beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new criteria of %1 would delete %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of %1 changed since the question was asked; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of %1 changed since the question was asked: the change would now delete %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: not a criterion that takes a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: the value %3 is outside 0 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values to put back do not fit the criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 in %3/%4 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation of unit %1 for criterion %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation %1 is not in %2 (removed meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no explanations: open it with this program to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 has no text: write what the unit explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 needs the date it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a criterion that takes a value in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 was received on %3: it cannot be decided before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; finalised despite %n problem(s): %1</source>
        <translation>
            <numerusform>; finalised despite %n problem: %1</numerusform>
            <numerusform>; finalised despite %n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The tables made so far stay in the database %2: drop them before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server lets this login only read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables; a new PAR Index store is only made in an empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no PAR Index store (it has no table %2). Make one with `init`; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to PAR Index. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (version %2, this program knows %3). Update the program to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Nothing more was changed; check the network and the server, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full. Nothing was changed; ask its administrator to free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holding %1 cannot do this now (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change to %1: this login may not make it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another member is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change would break the consistency of %1 and was refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged on the server (%2). Ask its administrator to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (a read-only login or --read-only): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement of this change to %1 failed, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the server database %1 into the file %2 is not supported yet; use the server&apos;s own backup (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint %1 is not validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>server language</comment>
        <extracomment>The language code of the server&apos;s refusals of a member&apos;s change: en or vi.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change to %1: it touches cells or rows this login was not assigned. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and their rights are kept by a server store (postgresql://...); a file has no members: whoever may write the file may change everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a login: a login has 1 to 63 bytes and does not begin with pg_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit&apos;s member needs the unit (--unit CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an appraiser is assigned a group and areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secretary is assigned no unit: a secretary does everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area: an area is a top-level criterion code such as 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a member makes a login on the server: it needs a login that may create roles (the server&apos;s administrator). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name %1 is too long to name its members&apos; roles (at most 53 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member already; remove it first to change what it is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the store or is a superuser of the server: it may do everything already, and cannot be made a member with fewer rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new member of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a row of %2 that this program cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence document %1 of unit %2 for criterion %3 in %4/%5 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the evidence document with SHA-256 %1 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence document %1 of unit %2 for criterion %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence document %1 is not in %2 (removed meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no evidence documents: open it with this program to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence document needs the name of its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to criterion %2 of unit %3, as %4: the same document is kept once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence document %1 of unit %2 for criterion %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an explanation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision on an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an explanation taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence document attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence document taken away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the wrong type for the column %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive of a period, made from its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of criterion %1 of %2/%3 to %4 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that unit %1 continues unit %2 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no links between years: open it with this program to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link of criterion %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the criteria of %1 continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the first period of group %2: there is no earlier year whose criteria it could continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is given as new twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is linked to %2 of %3 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is given both as new and as continuing a criterion of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion %2 (given as what criterion %3 continues).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 cannot continue criterion %2 of %3: an area continues an area, and a criterion below an area one below an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links of %1 to %2 were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record that unit %1 continues unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 cannot continue itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is given twice as continuing unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units continue each other in a circle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> continues </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units continue which was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of what the criteria continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of which units continue which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” of %2/%3 was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is final (decision %3) and lists unit %4: the rank changes it published would change. Reopen it for a correction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units continue which was not saved: a change of a year whose ranking is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units continue which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no scenarios: open it with this program to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a scenario: give a name of 1 to %2 characters on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a scenario named “%2” (%3): give another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scenario named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a what-if scenario saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a what-if scenario deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2 failed; the store stays at version %3, as it was before that step. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 may only read %2, so it cannot upgrade it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is of an older version (%2); this program needs version %3. The store&apos;s owner upgrades it with `parindex-cli --db %1 upgrade`, after a backup of the database (pg_dump). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence document %1 of unit %2 for criterion %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 may not upgrade %2 (version %3): only the store&apos;s owner (%4) or a superuser of the server upgrades it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upgrade of the store to a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideExplanationCommand</name>
    <message>
        <source>reopening the explanation of %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision on the explanation of %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionFonts</name>
    <message>
        <source>The font file %1 was not found in %2. Install the package fonts-liberation2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPrint</name>
    <message>
        <source>The decision could not be drawn: the printer or file refused to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be drawn: page %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionReadiness</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds a blank to fill in: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol after the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 (Điều %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cites Phụ lục %2, but the decision has %n annex(es).</source>
        <translation>
            <numerusform>%1 cites Phụ lục %2, but the decision has %n annex.</numerusform>
            <numerusform>%1 cites Phụ lục %2, but the decision has %n annexes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of (TM.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (KT., Q.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (annex heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s number still holds a blank: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1, criteria: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 lacks the appraised score of %n criterion(s).</source>
        <translation>
            <numerusform>Group %1: %2 lacks the appraised score of %n criterion.</numerusform>
            <numerusform>Group %1: %2 lacks the appraised score of %n criteria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more unit(s) without all their scores.</source>
        <translation>
            <numerusform>Group %1: and %n more unit without all their scores.</numerusform>
            <numerusform>Group %1: and %n more units without all their scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2 has no index and no class: no criterion applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more unit(s) without a class.</source>
        <translation>
            <numerusform>Group %1: and %n more unit without a class.</numerusform>
            <numerusform>Group %1: and %n more units without a class.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: the explanation of %2 for criterion %3 awaits the council&apos;s conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more explanation(s) awaiting the council&apos;s conclusion.</source>
        <translation>
            <numerusform>Group %1: and %n more explanation awaiting the council&apos;s conclusion.</numerusform>
            <numerusform>Group %1: and %n more explanations awaiting the council&apos;s conclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSource</name>
    <message>
        <source>The file has no period of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored texts of the %1 decision (%2) cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of %1 were published in separate decisions (%2 and %3): print each group with --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 decision is final: it prints its stored number %2 and date %3. A number or date given now applies to drafts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published ranking of %1 (%2) is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProvince</name>
    <message>
        <source>The demo data file %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration province for %1 could not be made: no temporary folder (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskDocument</name>
    <message>
        <source>Not read from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DroppedValues</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of document the store keeps as evidence: attach a PDF, an image (%2) or an office file (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to keep as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold what its name says: its content is not a %2 file. Open it in the program that made it and save it again, or give it the right extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 an evidence document may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 an evidence document may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress it (scan at 150 dpi in grey, or save it again as a smaller PDF) or split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>PAR Index file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <source>expected group, score, rate, survey or deduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group code such as SO, HUYEN or XA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the maximum points%1, a number such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected linear, thresholds such as 100:2;80:1, or nothing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one criterion below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the code of a unit that takes part in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a leaf criterion: %1 is a group, its values go to its sub-criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the code of a leaf criterion of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rate in percent from 0 to 100%1 (criterion %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from 0 to %1%2 (criterion %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column self or appraised, or both (this file has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one row per unit and criterion; line %1 has unit %2 and this criterion already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wide form has unit_code and one column per leaf criterion; the long form has the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one row per unit; line %1 has this unit already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected each code once; line %1 has it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected names unique within a group; line %1 has this name in group %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the first year the unit takes part, such as 2025, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the first year the unit no longer takes part, such as 2025, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a year after since_year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 (ranked), 0 (listed without a rank) or nothing (ranked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your self-assessed points in the column self, one row per criterion; leave a cell empty when you have no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a criterion of kind rate, enter the rate in percent (0 to 100); the column max shows the largest value each cell takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write na in self when a criterion does not apply to your unit, and explain in note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not change the columns unit_code and criterion_code, nor the first row: the council imports this sheet as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values use the decimal separator of your spreadsheet; the file keeps them as numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column points, or the answer counts a, b, c, d, e (this file has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected either points or the answer counts a, b, c, d, e, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a survey criterion: %1 is of kind %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the code of a survey criterion of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the survey points, a number from 0 to %1%2 (criterion %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected how many people gave answer %1, a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers counted for unit %1, criterion %2: expected at least one answer A to E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the unit&apos;s name that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected names unique in the roster; line %1 has this name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the maximum points, a number from 0 to %1, the most a criteria tree can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a unit code without spaces that does not start with =, +, - or @, such as DS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking of the PAR Index %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1. %2 (index, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rate in percent from 0 to 100%1 (criterion %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from 0 to %1%2 (criterion %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the survey points, a number from 0 to %1%2 (criterion %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; (or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a criterion code of this year&apos;s tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a criterion code of the previous year&apos;s tree, or nothing for a new criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an area of the previous year: %1 is an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a criterion below an area: %1 is not an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected nothing: the criterion continues nothing (the continues column is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has this link already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 (%2) has no row: give the area of the previous year it continues, or an empty continues for a new area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the first year of the new unit, such as 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the code of a unit of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected another unit than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a class code: excellent, good, fair, average or weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the lowest index of the class, a number from 0 to 100%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 gives the class %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives no class: a row per class used, such as excellent,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected merge, split or rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the codes of the units it continues, separated by ;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge continues two units or more: this row names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 continues one unit: this row names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues into several units in %2: that is a split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other row continues %1 in %2: a split has two units or more (or it is a rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileNumber</name>
    <message>
        <source> with at most %1 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with &apos;.&apos; as decimal point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>Unit %1 does not take part in the %2 ranking of group %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already stored were changed by the file:</source>
        <translation>
            <numerusform>%n score already stored was changed by the file:</numerusform>
            <numerusform>%n scores already stored were changed by the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: attach a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the first period of group %2: there is no earlier year whose criteria it could continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>Group %1 has no period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the first %1 units of the latest ranking; choose units to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area profile shows one unit: choose exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, scores missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, every criterion not applicable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking, and the checked units between them (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas %1 of %2 are not compared with %3: what they continue is not recorded. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportScoresCommand</name>
    <message>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>Unit %1 is not listed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not listed in %3: there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no rank in %3 (%4): its movement cannot be explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 (%2) in %3 does not add up: its areas&apos; points and maxima, its points, its maximum and its index disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2 has no entry in the mapping of areas to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2 continues area %3, which %4 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas %1 and %2 of %3 both continue area %4 of %5: a split area has no contribution of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of the areas of %1 (%2) cannot be made to add up to its change of index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementChart</name>
    <message>
        <source>%1: index %2 to %3, by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5
Contribution: %6 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementReport</name>
    <message>
        <source>%1 is the first year of group %2: there is no earlier year to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas of %1 cannot be compared with those of %2: what these areas continue is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is not listed in the %2 ranking of group %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2 continues areas %3 of %4, which the unit&apos;s result there does not hold all of, or which another area continues too: a split area has no contribution of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2 is split between areas %3 of %4: the change of a split area cannot be divided between them, so the movement cannot be explained by area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementText</name>
    <message>
        <source>Rank up %1 since %2 (from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank down %1 since %2 (from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same rank as in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index up %1 points (from %2% to %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index down %1 points (from %2% to %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index unchanged (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new area %1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 (dropped, %2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainly thanks to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainly because of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1; passed by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 against %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProvince</name>
    <message>
        <source>Type the province&apos;s name, such as Minh Hòa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name without “Tỉnh”: the decision prints “ỦY BAN NHÂN DÂN TỈNH” before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year must be from %1 to %2; %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one group of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: the code “%2” must not be empty, hold spaces or start with =, +, - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: the code %2 is the code of group %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (%2): type its name, as the decision prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: the name “%2” is the name of group %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups cannot be used yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of the new file&apos;s groups: %1 (or add this group on the previous page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unit: one row per unit is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no period to copy criteria from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 period of group %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 period of group %2 in %3 has no criteria to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit “%1” (%2): a code must not be empty, hold spaces or start with =, +, - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 (%2): another unit has this code already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 (%2) is in group %3, which the new file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria are given for group %1, which the new file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new province does not hold together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the new file is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the city&apos;s name, such as Hải Phòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A centrally-run city is not a “Tỉnh”: type the city&apos;s name alone, or choose a province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name without “Thành phố”: the decision prints “ỦY BAN NHÂN DÂN THÀNH PHỐ” before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” reads as a city: choose “centrally-run city” and type the name without “Thành phố”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source>Group %1 has no units in %2: there is no notice to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 does not take part in the %2 appraisal of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePrint</name>
    <message>
        <source>The notice could not be drawn: the printer or file refused to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be drawn: page %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a folder for the notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a file: nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: it was not replaced. Choose another file, or allow writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 can only be read: nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device or a pipe: this is written only to a file. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written to the standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it is never written over. Choose a new name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>%1: 1 problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete (%1 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points of %2, index %3, rank %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: published %2; computed now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published ranking of %1/%2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be computed again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ranking computed now from the file differs from the one published in decision %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more unit(s).</source>
        <translation>
            <numerusform>  ... and %n more unit.</numerusform>
            <numerusform>  ... and %n more units.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printed digest: it has 8 letters and digits, as XXXX-XXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published %2 (decision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches what %2 published in decision %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That decision was replaced since: %1 was reopened and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published again in decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not final now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final period of this file matches the year and group given: nothing to compare with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period of this file was ever finalised: nothing to compare with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the digest of anything this file published: the file does not match the paper (what it published was changed), or the digest was misread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankMovementChart</name>
    <message>
        <source>Ranks of %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPrint</name>
    <message numerus="yes">
        <source>appraised scores missing: %1 and %n more</source>
        <translation>
            <numerusform>appraised scores missing: %1 and %n more</numerusform>
            <numerusform>appraised scores missing: %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional results: the period is not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1 · Year: %2 · %3 · Printed on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ranked</source>
        <translation>
            <numerusform>%n unit ranked</numerusform>
            <numerusform>%n units ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rank</source>
        <translation>
            <numerusform>%n without a rank</numerusform>
            <numerusform>%n without a rank</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking could not be drawn: the printer or file refused to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking could not be drawn: page %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingSummary</name>
    <message>
        <source>%1 (%2) is not among the units of %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1 in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group has a period of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not in the ranking of any group in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index %1, group %2 (maximum %3 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked, scores missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateRule</name>
    <message>
        <source>Rate rule &quot;%1&quot;: &quot;%2&quot; is not of the form rate:points (e.g. 80:1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the rate %2 is outside 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the points %2 are negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the rate %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot; is neither &quot;linear&quot; nor a list of rate:points thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExplanationCommand</name>
    <message>
        <source>explanation of %1 for criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>removal of evidence %1 of %2 for criterion %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>not a member of the council: this login may only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, staff of unit %2: self-assessment and explanations of that unit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, appraiser of %2: appraised values and notes there only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>--weights must be a percentage from 0 to 100 with at most two decimals, such as 20%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scores must be a percentage from 0 to 100 with at most two decimals, such as 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robustness analysis was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobustnessChart</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness of the ranking of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking; the table (robustness --format csv) has every unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 units …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in %1 draws: areas ±%2%, scores ±%3% (bars: 5th to 95th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in %1 draws, each area&apos;s maximum within ±%2% (bars: 5th to 95th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best to worst rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 selected units are drawn: the first %1 of them in the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: those selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobustnessReport</name>
    <message>
        <source>%1/%2 has no ranked unit: there is no order to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness of the ranking %1, group %2: %3 draws (seed %4), each area&apos;s maximum within ±%5% of its own, the areas brought back to the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each appraised leaf within ±%1% of its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median rank and the 5th to 95th percentile of the rank over the draws (nearest rank); the share of the draws in each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5%–95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in the draws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveGroupCommand</name>
    <message>
        <source>name of group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreInput</name>
    <message>
        <source>Criterion %1 takes a rate from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 takes a value from 0 to %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a rate in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised differs from self-assessment: add a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql://, as postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address holds a password. Remove it from the address (it would show in the list of processes): the program asks for it, or takes it from ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (…/dbname at its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name “%1” holds a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server address has no #%1 part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option “%1” is not known here (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host option names a socket directory (/run/postgresql), not “%1”; write the host name after //.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2. The password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in %1: %2. Nothing was changed in that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBandsCommand</name>
    <message>
        <source>classification bands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCriteriaMapCommand</name>
    <message>
        <source>what the criteria of %1 continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetDecisionTextsCommand</name>
    <message>
        <source>change of the decision&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetScoreCommand</name>
    <message>
        <source>score %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingText</name>
    <message>
        <source>appraised scores missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit of special status, listed without a rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every criterion is not applicable to this unit (its applicable maximum is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1 is busy: another program or window is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (input/output error). Nothing was changed; check the disk or the network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Open a backup copy, or run `check` for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change would break the file&apos;s consistency and was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is of version %2 and %3 of version %4: a store is copied only into one of its own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has the columns (%2) in %3 and (%4) in %5, which are of the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: check finds %n problem(s) in it. Restore it from a backup, or correct what they name first.</source>
        <translation>
            <numerusform>%1 is damaged: check finds %n problem in it. Restore it from a backup, or correct what they name first.</numerusform>
            <numerusform>%1 is damaged: check finds %n problems in it. Restore it from a backup, or correct what they name first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 does not pass its check (%n problem(s)), although its source does.</source>
        <translation>
            <numerusform>The copy in %1 does not pass its check (%n problem), although its source does.</numerusform>
            <numerusform>The copy in %1 does not pass its check (%n problems), although its source does.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables made in %1 could not be removed: %2. Drop them before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left empty, as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is not final: only a published period is archived, as it was published (a copy of the whole store keeps a period that is still changing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is archived into a file, not into a server database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 is a CSV file: it has no sheets (--sheet is for .xlsx workbooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>expected a column named %1 in the header (this file has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name but holds a value on line %2: expected a column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected each column once; this one is column %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 values, one per column of the header, but found %2 (a value that holds the delimiter &quot;%3&quot; must be in quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>PAR Index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index of %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendTables</name>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period from %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for %1 in group %2 in the years asked for: check the unit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group&apos;s years was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Unit %1 has no complete result in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; no result in group %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>criterion %1 of the period is missing from the scenario: a scenario has the same criteria as the period, with other maxima or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 is not a criterion of the period: a scenario has the same criteria as the period, with other maxima or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 is of kind %2 in the period and %3 in the scenario: the values entered could not be carried over; keep its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s criteria do not fit the period %1/%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 does not take part in %2: give the code of a unit of its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion %2: give the code of a leaf criterion, such as 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 of %2 is a group: its points are the sum of its criteria; give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 is out of range for criterion %2: a rate in percent from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 is out of range for criterion %2: points from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved scenario (looked for “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scenario named “%2”; its scenarios are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 has no valid maximum, kind or rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the band %1 has no valid class or minimum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfFormats</name>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1, rank %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1, not ranked, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, unit %3, criterion %4: %5 instead of %6 (nothing is changed in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: now %3; after the correction %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit&apos;s rank or class would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units whose rank or class would change (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file is larger than %1 MB: expected a workbook of score sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls): expected an .xlsx workbook. Save it as &quot;Excel Workbook (.xlsx)&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an .xlsx workbook (it is not a zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet: expected at least one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet named &quot;%1&quot;: expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (%2, line %3): expected well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook lacks its part %1: expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook cannot be unpacked: expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (its checksum is wrong): expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB: expected a workbook of score sheets (this file may be a zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a spreadsheet (its main part is not a SpreadsheetML workbook): expected an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid: expected a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2: expected rows in ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows: expected a sheet of score rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid: expected a column letter and a row number such as D7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell %1 is out of place: expected the cells of row %2 from left to right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 columns: expected a sheet of score rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells with values: expected a sheet of score rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 is empty: expected a header row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have: expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook declares entities (&lt;!ENTITY&gt;), which Excel and LibreOffice never write and which could read as nothing: open and save the workbook in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the workbook would take more than %1 MB of memory: expected a workbook of score sheets (it holds too many strings or cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 has more than %2 entries: expected a workbook of score sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: the formula has no computed value – open and save the workbook in Excel or LibreOffice so that formulas are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 is marked as a number but holds &quot;%2&quot;: expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds the error %2: expected a value. Correct the cell or its formula, then save the workbook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 has the type &quot;%2&quot;, which is not a type of SpreadsheetML: expected a complete .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>libxlsxwriter cannot be loaded (%1): install the package libxlsxwriter4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter lacks %1: install libxlsxwriter 1.1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number from 0 to %1, or na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than the 32,767 characters a cell of a workbook takes; export as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies beyond the 1,048,576 rows or 16,384 columns of a workbook; export as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter refused %1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be assembled in the temporary folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearLinks</name>
    <message>
        <source>The earlier year (%1) must come before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 period for group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what they continue with: parindex-cli criteria map --year %1 --group %2 FILE (criteria map export writes the file to fill in), or on the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PAR Index desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create FILE from the demo data when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this run: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of every tab into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::BandsModel</name>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest index of this class. Leave it empty for a class this period does not use; the lowest class used starts at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index. Type the lowest index of %2, such as 80 or 72,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ChartsTab</name>
    <message>
        <source>Group &amp;median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the units to draw (none: the first %1 of the latest ranking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the one unit whose areas are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked units are highlighted; the others are drawn in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period for this group yet: nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group a&amp;verage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack the &amp;bars by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchec&amp;k all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first and the last units of the ranking are drawn, and the units checked below; 0 draws every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first and last units of the ranking are drawn, and the units checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rankings of every year of the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::CheckDialog</name>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s structure, its audit log, the seal of every row, what each period holds, and the ranking of every final period computed again and compared with what it published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a printed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every final period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (decision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digest printed under the annex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the digest printed under the decision&apos;s annex, such as 7K3M-Q9XD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file matches the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ColumnMappingModel</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ConnectDialog</name>
    <message>
        <source>&amp;Keep the password in libpq&apos;s password file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s PostgreSQL store: what each member may change is kept by the server. The profile keeps the address, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ – máy chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 could not be removed: %2 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2 cannot be written. Press Connect again to connect without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::CopyCriteriaDialog</name>
    <message>
        <source>Copy criteria from an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria tree and the classification bands of the year you choose replace those of %1 (group %2). Undo brings the present ones back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n area(s), %3 criteria in all</source>
        <translation>
            <numerusform>%1 (%2): %n area, %3 criteria in all</numerusform>
            <numerusform>%1 (%2): %n areas, %3 criteria in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaMapDialog</name>
    <message>
        <source>What the criteria continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the first year of this group: there is no earlier year whose criteria it could continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each criterion of %1, the criterion of %2 it continues: what explanations of a unit&apos;s change, the area trends and the area profile compare. A criterion made of several is shown as a merger; a criterion without a link is compared with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link same code and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links each criterion without a link to the criterion of %1 with the same code and the same title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues (of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no link —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (continues nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what these areas continue, or that they are new, before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaTab</name>
    <message>
        <source>Double-click or type on a title, maximum, kind or rule to change it; every change is saved at once and can be undone. Insert: add after; Alt+Insert: add below; Delete: remove; Alt+arrows: move, indent, outdent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lowest index of each class. Leave a class empty if this period does not use it; the lowest class used starts at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an area at the end of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion after the current one, on the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-criterion at the end of the current group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current criterion with its sub-criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current criterion up among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current criterion down among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current criterion the last sub-criterion of the group above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current criterion one level up, after its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the criteria tree and the bands of an earlier year of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or retire the units of a group; add or rename groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no year %2 before %3 to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only: criteria, bands and units cannot be changed here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is final (decision %1 of %2): its criteria and bands cannot be changed. To correct them, reopen the period from the Period menu, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year and a group above to see their criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet: add an area, import criteria.csv, or copy from an earlier year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period has no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total of the areas: %1 points (%n area(s), %2 criteria).</source>
        <translation>
            <numerusform>Total of the areas: %1 points (%n area, %2 criteria).</numerusform>
            <numerusform>Total of the areas: %1 points (%n areas, %2 criteria).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) do not add up to their maximum: see the Check column.</source>
        <translation>
            <numerusform>%n group does not add up to its maximum: see the Check column.</numerusform>
            <numerusform>%n groups do not add up to their maximum: see the Check column.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the criteria tree with that of a criteria file (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import criteria from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it continues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which criterion of the year before each criterion continues: what explanations of a change and the area trends compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaTreeModel</name>
    <message>
        <source>A group without sub-criteria: add some, or change its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criteria add up to %1; maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criteria add up to the maximum, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points found here are subtracted from %1 (never below 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate in percent is entered. &quot;linear&quot;: rate/100 × maximum; &quot;100:2;80:1&quot;: 2 points from 100 %, 1 point from 80 %, 0 below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the sub-criteria of a group add up to its maximum (deductions left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 needs a title: the title was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points. Type the maximum of %2 with at most four decimals, such as 2,5 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of %1 cannot be negative (%2 was typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That year has no criteria to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy criteria and bands of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entered values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change (%1) deletes %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted values stay in the audit log, and Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import criteria from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria of %1 do not add up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria imported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::DateBox</name>
    <message>
        <source>Type a date as day/month/year, such as 02/02/2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::DecisionPreview</name>
    <message>
        <source>Laying the decision out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the preview: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::DecisionTab</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol after the number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One basis per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều 1, Điều 2, … in order, an empty line between two articles; a line break starts a new paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of (TM.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (KT., Q.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (annex heading):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the methodology annex (criteria, rules, bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End each group&apos;s annex with its comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period for this group yet: no decision to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decision %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued – the texts can no longer be changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: the texts can be printed but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: printed with the mark “DỰ THẢO”; the number and date stay blank until the period is finalised (Period &gt; Finalise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every text of the %1 decision with the default wording? Undo brings the present texts back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the decision as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-%1%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of %1 were published in separate decisions: this is the decision of group %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defa&amp;ult texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the decision for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, first line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, second line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission (Tờ trình) number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year, such as 20/01/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type the submission date as day/month/year, such as 20/01/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an article asking the units to act on the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft until every group is final: printed with the mark “DỰ THẢO” and without a number. Still open: %1. Final: %2. The texts are locked with the final groups; the open groups&apos; texts are edited with “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the texts or the results stands in the way of finalising: no blank is left, every unit has all its scores and a class, and the criteria add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this decision can be finalised (Period &gt; Finalise), correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field keeps what it held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::DeskDocument</name>
    <message>
        <source>The file is open in another window (%1, process %2): it opens read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock beside the file cannot be created: it opens read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other window has closed: the file can now be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of “%1” not done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of “%1” not done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opens read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ranking was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store opens read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the council&apos;s secretary changes criteria, bands, units, periods and the decision&apos;s texts. This login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::EvidenceDialog</name>
    <message>
        <source>Evidence documents: %1, criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, an image or an office file (Word, Excel, PowerPoint, OpenDocument), at most %1 each. Each document is kept in the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence document is attached to this criterion yet: choose Attach… to add the unit&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence document is attached to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder to open it: %2. Save a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1 (%2). Save a copy and open it with the program you use for such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 away from criterion %2 of %3? Undo (Ctrl+Z) attaches it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ExplanationActions</name>
    <message>
        <source>Record explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the unit explained about the current cell of its notice, and when it arrived: the cell is marked until the council decides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council decided the current cell&apos;s explanation: its mark goes, the explanation stays in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations are recorded while the results are not final. This sheet cannot be changed: the period is final or the file is read-only; reopen the period with a reason to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of %1, criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit &amp;explained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the explanation of %1, criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onclusion of the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheets, one row per unit and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheets, one row per unit (appraised values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment template of a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name ending in .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking of %1 units was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score sheets of %1 units were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria tree (%1 criteria) was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment template of %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::HelpWindow</name>
    <message>
        <source>User manual – PAR Index desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ImportDialog</name>
    <message>
        <source>Import survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey points, or the answer counts A–E of each question, into the survey criteria of %1, group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed and appraised scores into %1, group %2, from a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (the first %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no values to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: Import writes %1 values for %2 units, as one step that Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported into a period that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them change a value already stored.</source>
        <translation>
            <numerusform>%n of them change a value already stored.</numerusform>
            <numerusform>%n of them change a value already stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns: what each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values for %2 units were imported from %3; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is past the preview&apos;s first %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::LiveRankingReader</name>
    <message>
        <source>The ranking could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::MainWindow</name>
    <message>
        <source>PAR Index files (*.parindex *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen for a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file from the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the criteria and bands of the latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 600/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final period can no longer be edited. Reopening it later requires a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the decision&apos;s number and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the %1 ranking of %2 with decision %3? Its scores and criteria can then no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must the final %1 ranking of %2 be corrected? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to reopen a final period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Check the file shows what else differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was not finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.

File &gt; New province creates your province&apos;s file, step by step; File &gt; Open opens an existing one; File &gt; New from demo creates the illustrative province to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pro&amp;vince…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2

Scores, ranks and publishes the Administrative Reform Index (Chỉ số cải cách hành chính) of a province&apos;s departments and local People&apos;s Committees.

Licence: GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice of appraisal results was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) of appraisal results were written to %1.</source>
        <translation>
            <numerusform>%n notice of appraisal results were written to %1.</numerusform>
            <numerusform>%n notices of appraisal results were written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [read-only] – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 groups, %3 units, year %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision would be wrong if it were finalised now. Correct these first (the Decision tab lists them too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;t to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language chosen applies now, but it could not be kept for the next start: %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of recent files could not be kept: %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::MovementPanel</name>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the sentence on the clipboard, to paste into a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the waterfall chart on the clipboard as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit to see why it moved since the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the first year of this group: there is no earlier ranking to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::Navigator</name>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read (see the status bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a unit&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of the unit&apos;s name or code, with or without accents, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::NewProvinceWizard</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria, %2 points in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant creates your province&apos;s file: its name, the groups of units, the units and the criteria of each group for the first year. Nothing is written before Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as Minh Hòa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First year (kỳ đánh giá):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new province&apos;s file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index files (*.parindex);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the new file is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name (an existing file is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are ranked within their group (khối). Each group has a short code, used in files, and its name as the decision prints it. Edit, add or remove groups as your province ranks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units of every group, from a spreadsheet (CSV, or Excel .xlsx: its first sheet) with the columns code, name and group, and if needed since_year, retired_year and ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the units file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units read; taking part in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bộ tiêu chí of each group for the first year: from a spreadsheet (the columns code, title, max_points, kind and rule), copied from a year of another PAR Index file (with its class thresholds), or built later on the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, on the Criteria tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another PAR Index file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAR Index files (*.parindex *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .parindex file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts without criteria; add them on the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file and its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the criteria file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create writes the whole file at once. Cancel, or a problem while writing, leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year: %1, in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (the Criteria tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centrally-run city (thành phố trực thuộc trung ương)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as Hải Phòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body of the decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::NoticeDialog</name>
    <message>
        <source>Notices of appraisal results %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: written by hand, e.g. 15/TB-HĐTĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;file for all (each unit on a new page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF &amp;per unit, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref&amp;erence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations unti&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group has a period in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for explanations is before the notice&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file for the notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::RankingModel</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: %2 of %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: %2 (index of the area, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 does not apply to this unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::RankingTab</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period for this group yet. Open one with Period &gt; New period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit takes part in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is ranked yet: every unit still misses appraised scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked, without an index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter units: any part of the name, with or without accents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices of appraisal results to the units before the decision: their sheets, provisional index and rank, and the deadline for explanations (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print/Export ranking as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ranking table (A4 landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a unit, or press Enter on it, to open its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria do not add up: %1 The ranking below is computed on them as they are; correct them on the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period for this group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print/Export ranking as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices to &amp;units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ranking was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The news of this ranking as a press office writes it: the average and its change, units per class, first and last, the largest rises and falls, and the selected unit&apos;s rank (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if: other maxima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking under other maxima, beside the real one, in a sandbox: the period is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of %1 %2 was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of %1 %2 and of %3 was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How robust is the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking drawn again many times with each area&apos;s maximum (and, if asked, each appraised score) changed at random within a share: where each unit lands, as a chart and a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ReadFailure</name>
    <message>
        <source>The data of this period cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::RobustnessDialog</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How robust is the order: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area&apos;s maximum is drawn within this share of its own; the areas are then brought back to the total of the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each appraised leaf&apos;s points are also drawn within this share of its maximum (kept between 0 and the maximum); deductions stay as appraised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and number of draws give the same result: a run can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas&apos; maxima:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking of %1/%2 is drawn again with every area&apos;s maximum changed at random within the share given, as many times as the draws say. Run starts; nothing of the period changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit (the first and the last %1 of a group of more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units selected in the table (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: a whole number from 0 to %1, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the ranking again %1 times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped: the dialog was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped after %1 of %2 draws: no result is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws (seed %2), each area&apos;s maximum within ±%3% and each appraised score within ±%4% of its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws (seed %2), each area&apos;s maximum within ±%3%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 90% of the draws %1 of the %2 units keep exactly their rank; the widest interval spans %3 ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select units in the table (Ctrl+click, Shift+click) to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart yet: run the analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result yet: run the analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV file (*.csv);;JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::RobustnessModel</name>
    <message>
        <source>90% of the draws gave a rank from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median of the unit&apos;s rank over the draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the 5th to the 95th percentile of the unit&apos;s rank over the draws (nearest rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best and the worst rank of the unit over all the draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the draws in which the unit has this class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5%–95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScenarioBandsModel</name>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest index of this class under the scenario. Leave it empty for a class the scenario does not use; the lowest class used starts at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario from index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index. Type the lowest index of %2, such as 80 or 72,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScenarioMaximaModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of %1 must be a number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s rule: %1. Type linear, or thresholds such as 90:2;70:1 (a rate of at least 90 % gives 2 points, at least 70 % gives 1, below 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule of %1 must be linear, or thresholds such as 90:2;70:1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScoreGridModel</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of area %1 (max %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScoreSheetModel</name>
    <message>
        <source>%1, up to %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate in percent (0 to 100); rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this unit: its points leave the maximum (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: left out of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum points of the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s appraisal: only this value counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this unit: leaves the maximum (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points as scored, summed up to the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under explanation: the council has not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation received %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation received %1: %2 (decided %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (decided %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit explained about its notice of appraisal results; marked until the council decides it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScoreSummary</name>
    <message>
        <source>No unit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 / %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class holds once every applicable criterion is appraised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicable criterion is appraised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing (%n): %1</source>
        <translation>
            <numerusform>Missing (%n): %1</numerusform>
            <numerusform>Missing (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion is not applicable to this unit: it has no index and no rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class not known: the class bands cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ScoresTab</name>
    <message>
        <source>Previous unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value, then Enter (down) or Tab (next cell); 12,5 and 12.5 both work. Space: not applicable. Delete: clear. Ctrl+PgDn / Ctrl+PgUp: next / previous unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are&amp;a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised values of every unit. Type a value, then Enter to go down the column or Tab to the next criterion. Double-click a unit to open its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final: scores are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: scores cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot be read: scores cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores cannot be changed: the sheet cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points, index or class: the sheet cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final (decision %2): its scores can no longer be changed. To correct a score, choose Period › Reopen for a correction; the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDn / Ctrl+PgUp: next / previous unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a unit to open its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cells assigned to this login can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell is not assigned to this login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n)…</source>
        <translation>
            <numerusform>Evidence (%n)…</numerusform>
            <numerusform>Evidence (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents the unit attached to the current cell: open them, attach more (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is final or the file is open read-only: its evidence documents are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login (%1) may not attach documents to %2: a unit&apos;s staff attach their own unit&apos;s evidence, and the secretary any unit&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units&apos; rank or class would change if the current cell&apos;s appraised value were another, before it is changed or the period reopened for a correction (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criterion that takes a value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the corrected value (a number such as 1,5), or na for not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value of %1 for %2 to try (a number, or na for not applicable); nothing is changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::SheetPreviewModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::UnitsDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take retirement back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: units and groups cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are never deleted: a unit that no longer takes part is retired and keeps its history. The rankings up to %1 are final: units start or retire from %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are never deleted: a unit that no longer takes part is retired and keeps its history. Double-click a name to rename the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a unit with the code %1: %2 (group %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 already has a unit named %2 (code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rankings of group %1 up to %2 are final: a new unit takes part from %3 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 needs a name: the name was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retired in %2, and the rankings up to %3 are final: its retirement cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rankings of group %1 up to %2 are final: %3 can retire from %4 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part from %2: it can retire from %3 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has values entered for %2. They stay in the file, but %1 leaves the ranking of those years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back the retirement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group with the code %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 needs a name: the name was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked (clear it for a unit of special status, listed without a rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is never deleted: when it no longer takes part, retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes part up to %1 and stays in the file with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer takes part from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of group %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and groups cannot be changed while they cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 cannot be used: a unit code has no spaces and does not start with =, +, - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gr&amp;oup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units this unit continues after a reorganisation: the communes it was merged from, the unit it was split from, or its name before a rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot continue itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what %1 continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the units %1 continues: several for the communes it was merged from, one for the unit it was split from or its name before a rename, none when it continues only itself. A merged or split unit&apos;s rank change reads &quot;new&quot;; a renamed one is compared with its former rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::UnitsModel</name>
    <message>
        <source>ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed without a rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part up to %2; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues these units: its rank change is counted from theirs (a rename) or reads &quot;new&quot; (a merger or a split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::WhatIfDialog</name>
    <message>
        <source>Ex&amp;port comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios saved in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real criteria and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxima and rate rules of the scenario (the period is not changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification bands of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario named “%1” (deleted meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios are saved in an open file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scenario in %1/%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has a scenario named “%3” already. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from the file? The period itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under this scenario no unit changes rank or class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under this scenario, units that change rank: %1; that change class: %2 (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::WhatIfModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::YearBox</name>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
