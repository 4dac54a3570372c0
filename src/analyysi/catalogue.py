"""The language catalogue: every heading, label and generated sentence, in Finnish and English.

Column labels come from the column metadata (``analyysi.tables.metadata``); everything else is keyed
by an id here. ``text(id, lang, **values)`` fills ``{placeholders}``; callers escape the result
for HTML (``analyysi.report.display`` does).
"""

from __future__ import annotations

from analyysi.formats import format_number, format_percent, plural_form
from analyysi.tables.metadata import FIELDS

LANGUAGES = ("fi", "en")

MESSAGES: dict[str, dict[str, str | dict[str, str]]] = {
    # page furniture
    "contents": {"fi": "Sisällys", "en": "Contents"},
    "parameters": {"fi": "Parametrit", "en": "Parameters"},
    "parameter": {"fi": "Parametri", "en": "Parameter"},
    "page.date": {"fi": "Tuotettu {date}", "en": "Produced {date}"},
    "param.processed": {"fi": "Taulukoiden kansio", "en": "Folder of the tables"},
    "param.reports": {"fi": "Raporttien kansio", "en": "Folder of the reports"},
    "param.lang": {"fi": "Raportin kieli", "en": "Report language"},
    "param.projects": {"fi": "Valitut hankkeet", "en": "Projects selected"},
    "param.projects.empty": {"fi": "kaikki", "en": "all"},
    "param.project_list": {"fi": "Ohjelman hankeluettelo", "en": "Programme project list"},
    "param.project_list.empty": {"fi": "ei annettu", "en": "none given"},
    "param.project_code": {"fi": "Hanke", "en": "Project"},
    "language.fi": {"fi": "suomi", "en": "Finnish"},
    "language.en": {"fi": "englanti", "en": "English"},
    "value": {"fi": "Arvo", "en": "Value"},
    "provenance": {"fi": "Alkuperätiedot", "en": "Provenance"},
    "back_to_index": {"fi": "← Etusivulle", "en": "← Back to the index"},
    "other_language": {"fi": "In English", "en": "Suomeksi"},
    "figure_files": {"fi": "Kuvio tiedostoina", "en": "Figure as files"},
    "figure.label": {"fi": "Kuvio {number}.", "en": "Figure {number}."},
    "table.label": {"fi": "Taulukko {number}.", "en": "Table {number}."},
    "figure.count": {
        "fi": "Kuviossa hankkeita {count}, kaikkiaan {total}.",
        "en": {
            "one": "Shows {count} project of {total}.",
            "other": "Shows {count} projects of {total}.",
        },
    },
    # figures: words on them, and notes of what a figure leaves out or sums up
    "figure.empty": {
        "fi": "Ei hankkeita, joista kuvion voisi piirtää.",
        "en": "No projects to draw.",
    },
    "figure.eur_millions": {"fi": "{value}\u00a0milj.\u00a0€", "en": "€{value} million"},
    "figure.pandemic": {"fi": "koronapandemia", "en": "COVID-19 pandemic"},
    "figure.running_axis": {"fi": "Käynnissä olevia hankkeita", "en": "Projects running"},
    "figure.note.missing": {
        "fi": "Hankkeita, joilta kuvion tieto puuttuu: {count} (eivät kuviossa).",
        "en": "Projects lacking the figure's data: {count} (not drawn).",
    },
    "overview.note.running": {
        "fi": "Hankkeita on yli {limit}, joten kuvio näyttää, montako niistä oli suunnitelman mukaan käynnissä kunakin päivänä; kunkin hankkeen toteutusaika on taulukossa.",
        "en": "There are over {limit} projects, so the figure shows how many of them were running on each day by their plans; each project's period is in the table.",
    },
    "source.documents": {
        "fi": "Lähde: EURA 2014 -hankekuvaukset, oma laskenta (analyysi).",
        "en": "Source: EURA 2014 project descriptions, own calculation (analyysi).",
    },
    "source.programme": {
        "fi": "Lähde: rakennerahastot.fi-palvelun hankeluettelo, oma laskenta (analyysi).",
        "en": "Source: project list of rakennerahastot.fi, own calculation (analyysi).",
    },
    "source.rules": {
        "fi": "Lähde: analyysin tekstisääntöjen mittaus käsin luokitelluilla virkkeillä.",
        "en": "Source: measurement of analyysi's text rules on hand-labelled sentences.",
    },
    "table_files": {"fi": "Taulukko tiedostona", "en": "Table as a file"},
    "csv.plain": {"fi": "CSV", "en": "CSV"},
    "csv.plain_hint": {
        "fi": "UTF-8, pilkku erottimena, desimaalipiste ja ISO-päivämäärät: ohjelmille",
        "en": "UTF-8, comma-separated, decimal point and ISO dates: for programs",
    },
    "csv.spreadsheet": {"fi": "CSV Exceliin", "en": "CSV for Excel"},
    "csv.spreadsheet_hint": {
        "fi": "Avautuu suomenkieliseen Exceliin tai LibreOfficeen: puolipiste erottimena, desimaalipilkku, päivämäärät p.k.vvvv",
        "en": "Opens in Excel or LibreOffice with a double click: UTF-8 with a byte-order mark, comma-separated, ISO dates",
    },
    "document.link": {"fi": "Raportti Word-asiakirjana", "en": "Report as a Word document"},
    "document.style.source": {"fi": "Lähde", "en": "Source"},
    "no_rows": {"fi": "Ei rivejä.", "en": "No rows."},
    "project_tables_joined": {
        "fi": "Hankkeita on {count}: niiden rivit ovat yhdessä taulukossa, hankekoodi ensin.",
        "en": "There are {count} projects: their rows are in one table, the project code first.",
    },
    "rows_cut": {
        "fi": "Sivulla {shown} ensimmäistä riviä {total}:stä; kaikki rivit ovat CSV-tiedostossa.",
        "en": "The page shows the first {shown} of {total} rows; the CSV has them all.",
    },
    "text_cut": {
        "fi": "Teksti katkaistu {shown} merkin kohdalta ({total} merkkiä); koko teksti on taulukossa texts.csv.",
        "en": "Text cut at {shown} characters (of {total}); the whole text is in texts.csv.",
    },
    "missing": {"fi": "ei tiedossa", "en": "not known"},
    # provenance
    "prov.version": {"fi": "analyysi-versio", "en": "analyysi version"},
    "prov.commit": {"fi": "Git-versio", "en": "Git commit"},
    "prov.dirty": {"fi": "muutoksia, joita ei ole tallennettu", "en": "uncommitted changes"},
    "prov.clean": {"fi": "ei tallentamattomia muutoksia", "en": "no uncommitted changes"},
    "prov.documents": {"fi": "Lähdeasiakirjat", "en": "Input documents"},
    "prov.reviews": {"fi": "Arvioijan ratkaisutiedostot", "en": "Review decision files"},
    "prov.no_reviews": {
        "fi": "ei yhtään: kaikki tekstistä luetut luvut ovat vahvistamattomia",
        "en": "none: every figure read from the texts is unconfirmed",
    },
    "prov.python": {"fi": "Python ja kirjastot", "en": "Python and libraries"},
    "prov.lock": {"fi": "Lukitustiedoston SHA-256", "en": "SHA-256 of the lock file"},
    "prov.generated": {
        "fi": "Tuotettu analyysi-ohjelmalla toistettavasti; sama syöte ja ympäristö antavat saman tuloksen.",
        "en": "Produced reproducibly by analyysi; the same inputs and environment give the same result.",
    },
    # the three answers (analyses.answers)
    "answer.funding": {"fi": "Rahoituksen toteutuminen", "en": "Funding realisation"},
    "answer.participants": {
        "fi": "Osallistujatavoitteet ja tulokset",
        "en": "Participant targets and outcomes",
    },
    "answer.covid": {"fi": "Koronapandemian aikaiset muutokset", "en": "COVID-era adaptations"},
    "answer.funding_label": {
        "fi": "päättyneiden hankkeiden suunnitellusta julkisesta rahoituksesta käytettiin",
        "en": "of the closed projects' planned public funding was used",
    },
    "answer.funding_label_one": {
        "fi": "suunnitellusta julkisesta rahoituksesta käytettiin",
        "en": "of the planned public funding was used",
    },
    "answer.funding_none": {
        "fi": "Toteumaa ei voi laskea: yhdeltäkään päättyneeltä hankkeelta ei ole sekä suunniteltua että toteutunutta julkista rahoitusta.",
        "en": "No realisation can be computed: no closed project gives both planned and realised public funding.",
    },
    "answer.funding_totals": {
        "fi": "Julkista rahoitusta suunniteltiin {planned}, ja siitä käytettiin {realised}; käyttämättä jäi {unspent}.",
        "en": "Planned public funding was {planned}, of which {realised} was used; {unspent} was left unspent.",
    },
    "answer.funding_spread": {
        "fi": "Hankkeittain toteuma oli pienimmillään {lowest} ja suurimmillaan {highest}; puolet hankkeista oli alle {median} ja puolet yli.",
        "en": "By project, realisation ranged from {lowest} to {highest}; half of the projects were below {median} and half above.",
    },
    "answer.funding_exact": {
        "fi": {
            "one": "Luku on yhden hankkeen raportoitu rahoitus eikä otosarvio; siitä ei voi päätellä muiden hankkeiden toteumaa.",
            "other": "Luku on näiden {count} hankkeen raportoitu kokonaissumma eikä otosarvio. Hankkeita on alle 10, joten siitä ei voi päätellä muiden hankkeiden toteumaa.",
        },
        "en": {
            "one": "The figure is one project's reported funding, not a sample estimate; it says nothing of other projects.",
            "other": "The figure is the reported total of these {count} projects, not a sample estimate. With fewer than 10 projects it says nothing of other projects.",
        },
    },
    "answer.funding_interval": {
        "fi": "Jos nämä hankkeet olisivat otos samanlaisista hankkeista, toteuma olisi 95 %:n varmuudella välillä {low}–{high} (bootstrap-luottamusväli).",
        "en": "Were these projects a sample of similar ones, the realisation would lie between {low} and {high} with 95% confidence (bootstrap interval).",
    },
    "answer.funding_coverage": {
        "fi": "Mukana päättyneet hankkeet, joilta on sekä suunniteltu että toteutunut julkinen rahoitus: {count}, kaikkiaan {total}.",
        "en": "Counted: the closed projects that give both planned and realised public funding, {count} of {total}.",
    },
    "answer.left_out": {"fi": "Pois jääneet: {projects}.", "en": "Left out: {projects}."},
    "answer.more": {
        "fi": "ja {count} muuta (raportissa)",
        "en": {
            "one": "and {count} more (in the report)",
            "other": "and {count} more (in the report)",
        },
    },
    "answer.participants_label": {
        "fi": "osallistujatavoitteen asettaneista hankkeista saavutti tai ylitti tavoitteensa",
        "en": "projects with a participant target met or exceeded it",
    },
    "answer.participants_none": {
        "fi": "Yhdelläkään hankkeella ei ole osallistujatavoitetta (osio 7.2).",
        "en": "No project has a participant target (section 7.2).",
    },
    "answer.participants_counts": {
        "fi": "Osallistujatavoite on {targets} hankkeella. Tavoite saavutettu tai ylitetty: {reached}; jäänyt alle: {short}; tulosta ei raportoitu: {not_reported}; hylättyjä lukemia: {rejected}.",
        "en": "{targets} projects have a participant target. Met or exceeded: {reached}; fell short: {short}; no result reported: {not_reported}; readings rejected: {rejected}.",
    },
    "answer.participants_accuracy": {
        "fi": "Kone luki tavoitteen tilan oikein {accuracy} testitapauksista ({cases} tapausta, joita sääntöjä tehtäessä ei nähty); siksi jokainen lukema tarkistetaan ennen kuin siitä tulee havainto.",
        "en": "The machine read the target status right in {accuracy} of test cases ({cases} cases the rules were not written on); so every reading is checked before it becomes a finding.",
    },
    "answer.participants_coverage": {
        "fi": "Mukana hankkeet, joilla on osallistujatavoite: {count}, kaikkiaan {total}.",
        "en": "Counted: the projects with a participant target, {count} of {total}.",
    },
    "answer.review_done": {
        "fi": "Arvioija on vahvistanut kaikki luvut.",
        "en": "An evaluator has confirmed every figure.",
    },
    "answer.review_none": {
        "fi": "Koneen lukema: yhtäkään lukua ei ole vielä vahvistettu, {count} odottaa arvioijan tarkistusta.",
        "en": "The machine's reading: no figure has been confirmed yet, {count} await an evaluator's review.",
    },
    "answer.review_some": {
        "fi": "Arvioijan vahvistamia: {confirmed}; tarkistusta odottaa vielä {count}.",
        "en": "Confirmed by an evaluator: {confirmed}; still awaiting review: {count}.",
    },
    "answer.covid_label": {
        "fi": "pandemian aikana toimineista hankkeista kertoo omista muutoksistaan",
        "en": "projects that ran during the pandemic report changes of their own",
    },
    "answer.covid_period": {
        "fi": "Pandemian aikana ({start}–{end}) toimineita hankkeita: {count}.",
        "en": "Projects that ran during the pandemic ({start} to {end}): {count}.",
    },
    "answer.covid_kinds": {
        "fi": "Tekstien mukaan muutokset (hankkeita): {kinds}.",
        "en": "Changes by the texts (projects): {kinds}.",
    },
    "answer.covid_no_changes": {
        "fi": "Tekstit eivät kerro hankkeiden omista pandemian aikaisista muutoksista.",
        "en": "The texts report no changes of the projects' own during the pandemic.",
    },
    "answer.covid_accuracy": {
        "fi": "Testivirkkeillä {precision} koneen muutokseksi laskemista virkkeistä oli oikein, ja se löysi {recall} muutoksista; siksi jokainen virke tarkistetaan.",
        "en": "On test sentences, {precision} of the sentences the machine counted as an adaptation were right, and it found {recall} of the adaptations; so every sentence is checked.",
    },
    "answer.covid_review_none": {
        "fi": "Koneen ehdotus: yhtäkään virkettä ei ole vielä tarkistettu, {count} odottaa arvioijaa.",
        "en": "The machine's suggestion: no sentence has been reviewed yet, {count} await an evaluator.",
    },
    "answer.covid_review_some": {
        "fi": "Arvioijan vahvistama muutos on hankkeita {confirmed}; tarkistusta odottaa vielä {count} virkettä.",
        "en": "Projects with an adaptation confirmed by an evaluator: {confirmed}; sentences still awaiting review: {count}.",
    },
    "answer.covid_coverage": {
        "fi": "Aikajanalla hankkeet, joilla on suunniteltu toteutusaika: {count}, kaikkiaan {total}.",
        "en": "On the timeline: the projects with a planned period, {count} of {total}.",
    },
    "answer.project_no_funding": {
        "fi": "Kuvauksessa ei ole rahoitusosiota.",
        "en": "The description has no funding section.",
    },
    "answer.project_funding": {
        "fi": "Suunniteltu {planned}, toteutunut {realised}, käyttämättä {unspent}.",
        "en": "Planned {planned}, realised {realised}, unspent {unspent}.",
    },
    "answer.project_final": {
        "fi": "Hanke on päättynyt: luku on lopullinen.",
        "en": "The project has closed: the figure is final.",
    },
    "answer.project_interim": {
        "fi": "Hanke on käynnissä: luku on väliaikainen.",
        "en": "The project is running: the figure is interim.",
    },
    "answer.project_no_target": {
        "fi": "Hankkeella ei ole osallistujatavoitetta (osio 7.2).",
        "en": "The project has no participant target (section 7.2).",
    },
    "answer.project_participants_label": {
        "fi": "osallistujaa tavoitteesta (toteutunut / tavoite)",
        "en": "participants against the target (realised / target)",
    },
    "answer.project_target": {
        "fi": "Tavoite: {planned} osallistujaa (osio 7.2).",
        "en": "Target: {planned} participants (section 7.2).",
    },
    "answer.project_result": {
        "fi": "Tulos: {realised} osallistujaa ({source}), {achievement} tavoitteesta: {status}.",
        "en": "Result: {realised} participants ({source}), {achievement} of the target: {status}.",
    },
    "answer.project_status_label": {
        "fi": "tulos osallistujatavoitteeseen nähden",
        "en": "result against the participant target",
    },
    "answer.project_status_unsourced": {
        "fi": "Tulos: {status}.",
        "en": "Result: {status}.",
    },
    "answer.project_status": {
        "fi": "Tulos: {status} ({source}).",
        "en": "Result: {status} ({source}).",
    },
    "answer.rejected": {"fi": "lukema hylätty", "en": "reading rejected"},
    "answer.project_waiting": {
        "fi": "Koneen lukema, odottaa arvioijan tarkistusta.",
        "en": "The machine's reading, awaiting an evaluator's review.",
    },
    "answer.project_accepted": {"fi": "Arvioijan vahvistama.", "en": "Confirmed by an evaluator."},
    "answer.project_corrected": {"fi": "Arvioijan korjaama.", "en": "Corrected by an evaluator."},
    "answer.project_rejected": {
        "fi": "Arvioija hylkäsi koneen lukeman; tulosta ei ole.",
        "en": "An evaluator rejected the machine's reading; there is no result.",
    },
    "answer.project_period": {
        "fi": "Suunniteltu toteutusaika {start}–{end}: {era}.",
        "en": "Planned period {start} to {end}: {era}.",
    },
    "answer.project_emergency": {
        "fi": "Poikkeusolojen päiviä toteutusaikana: {count}.",
        "en": "Days under the state of emergency within the period: {count}.",
    },
    "answer.project_not_in_pandemic": {
        "fi": "hanke ei toiminut pandemian aikana",
        "en": "the project did not run during the pandemic",
    },
    "answer.project_adaptations_label": {
        "fi": "muutoslajia tekstien mukaan",
        "en": "kinds of change by the texts",
    },
    "answer.project_adaptations": {
        "fi": "Tekstit kertovat hankkeen omista muutoksista: {kinds}.",
        "en": "The texts report changes of the project's own: {kinds}.",
    },
    "answer.project_no_adaptations": {
        "fi": "Tekstit eivät kerro hankkeen omista pandemian aikaisista muutoksista.",
        "en": "The texts report no change of the project's own during the pandemic.",
    },
    "answer.project_covid_waiting": {
        "fi": {
            "one": "Koneen ehdotus: {count} virke odottaa arvioijan tarkistusta.",
            "other": "Koneen ehdotus: {count} virkettä odottaa arvioijan tarkistusta.",
        },
        "en": {
            "one": "The machine's suggestion: {count} sentence awaits an evaluator's review.",
            "other": "The machine's suggestion: {count} sentences await an evaluator's review.",
        },
    },
    "index.participants_no_count": {
        "fi": "{status} (tavoite {planned}, toteumaa ei lukuna)",
        "en": "{status} (target {planned}, no realised count)",
    },
    "answer.project_covid_done": {
        "fi": "Arvioija on tarkistanut virkkeet.",
        "en": "An evaluator has reviewed the sentences.",
    },
    "answer.not_analysed": {
        "fi": "taulukot on vain jäsennetty: aja analyysi run (tai make report), niin vastaukset lasketaan",
        "en": "the tables are only parsed: run analyysi run (or make report) to compute the answers",
    },
    "answer.uncertainty": {"fi": "Epävarmuus", "en": "Uncertainty"},
    "answer.coverage": {"fi": "Kattavuus", "en": "Coverage"},
    "answer.status_waiting": {"fi": "odottaa tarkistusta", "en": "awaiting review"},
    "answer.status_confirmed": {"fi": "vahvistettu", "en": "confirmed"},
    "answer.read_more": {"fi": "Näyttö ja erittelyt", "en": "Evidence and breakdowns"},
    # captions of tables and figures (numbered on the page: "Taulukko 3.", "Kuvio 2.")
    "coverage.caption": {
        "fi": "Hankkeet, jotka jäivät raportin luvuista pois tai ovat mukana vain osin, ja syy.",
        "en": "Projects left out of the report's figures, or counted only in part, and why.",
    },
    "funding.distribution_caption": {
        "fi": "Päättyneiden hankkeiden julkisen rahoituksen toteuma toteumaluokittain.",
        "en": "Public funding realisation of the closed projects, by realisation band.",
    },
    "funding.by_project_caption": {
        "fi": "Myönnetty, suunniteltu ja toteutunut julkinen rahoitus hankkeittain.",
        "en": "Granted, planned and realised public funding by project.",
    },
    "funding.dumbbell_caption": {
        "fi": "Suunniteltu ja toteutunut julkinen rahoitus hankkeittain.",
        "en": "Planned and realised public funding by project.",
    },
    "funding.unspent_caption": {
        "fi": "Käyttämätön julkinen rahoitus hankkeittain.",
        "en": "Unspent public funding by project.",
    },
    "groups.funding_by_fund": {
        "fi": "Päättyneiden hankkeiden rahoitus ja toteuma rahastoittain.",
        "en": "Funding and realisation of the closed projects by fund.",
    },
    "groups.funding_by_priority_axis": {
        "fi": "Päättyneiden hankkeiden rahoitus ja toteuma toimintalinjoittain.",
        "en": "Funding and realisation of the closed projects by priority axis.",
    },
    "groups.funding_by_specific_objective": {
        "fi": "Päättyneiden hankkeiden rahoitus ja toteuma erityistavoitteittain.",
        "en": "Funding and realisation of the closed projects by specific objective.",
    },
    "groups.funding_by_region": {
        "fi": "Päättyneiden hankkeiden rahoitus ja toteuma maakunnittain (usean maakunnan hanke jokaisessa maakunnassaan).",
        "en": "Funding and realisation of the closed projects by region (a project of several regions in each of them).",
    },
    "groups.funding_by_authority": {
        "fi": "Päättyneiden hankkeiden rahoitus ja toteuma vastuuviranomaisittain.",
        "en": "Funding and realisation of the closed projects by managing authority.",
    },
    "groups.participants_by_fund": {
        "fi": "Osallistujatavoitteet ja tulokset rahastoittain.",
        "en": "Participant targets and results by fund.",
    },
    "groups.participants_by_priority_axis": {
        "fi": "Osallistujatavoitteet ja tulokset toimintalinjoittain.",
        "en": "Participant targets and results by priority axis.",
    },
    "groups.participants_by_specific_objective": {
        "fi": "Osallistujatavoitteet ja tulokset erityistavoitteittain.",
        "en": "Participant targets and results by specific objective.",
    },
    "groups.participants_by_region": {
        "fi": "Osallistujatavoitteet ja tulokset maakunnittain (usean maakunnan hanke jokaisessa maakunnassaan).",
        "en": "Participant targets and results by region (a project of several regions in each of them).",
    },
    "groups.participants_by_authority": {
        "fi": "Osallistujatavoitteet ja tulokset vastuuviranomaisittain.",
        "en": "Participant targets and results by managing authority.",
    },
    "funding.breakdowns_caption": {
        "fi": "Päättyneiden hankkeiden toteuma muiden taustatekijöiden mukaan.",
        "en": "Realisation of the closed projects by other characteristics.",
    },
    "funding.vs_participants_caption": {
        "fi": "Rahoituksen toteuma ja arvioijan vahvistama osallistujatavoitteen saavutusaste.",
        "en": "Funding realisation and participant achievement as confirmed by an evaluator.",
    },
    "funding.model_caption": {
        "fi": "Toteuman selittäjät: vetosuhteet ja 95 %:n luottamusvälit.",
        "en": "What goes with realisation: odds ratios and 95% confidence intervals.",
    },
    "funding.programme_caption": {
        "fi": "Ohjelman päättyneiden hankkeiden toteuma; tämän aineiston hankkeet merkittyinä.",
        "en": "Realisation of the programme's closed projects, with this portfolio's projects marked.",
    },
    "funding.plan_changes_caption": {
        "fi": "Erot hankeluettelon ja hankekuvauksen luvuissa.",
        "en": "Differences between the figures of the project list and the description.",
    },
    "overview.projects_caption": {
        "fi": "Luetut hankkeet: toteutusaika, rahoitus ja suunnitellut osallistujat.",
        "en": "Projects read: period, funding and planned participants.",
    },
    "overview.periods_caption": {
        "fi": "Hankkeiden suunnitellut toteutusajat.",
        "en": "The projects' planned periods.",
    },
    "overview.issues_caption": {
        "fi": "Jäsennyksen havainnot tiedostoittain.",
        "en": "Parsing issues by file.",
    },
    "overview.codebook_caption": {
        "fi": "Koodikirja: taulukoiden sarakkeet.",
        "en": "Codebook: the columns of the tables.",
    },
    "participants.outcomes_caption": {
        "fi": "Osallistujatavoitteet ja tulokset hankkeittain.",
        "en": "Participant targets and outcomes by project.",
    },
    "participants.achievement_caption": {
        "fi": "Suunnitellut ja toteutuneet osallistujat hankkeittain; viivoitettu lukema odottaa tarkistusta.",
        "en": "Planned and realised participants by project; a hatched reading awaits review.",
    },
    "participants.cost_caption": {
        "fi": "Kustannus vahvistettua osallistujaa kohden.",
        "en": "Cost per confirmed participant.",
    },
    "participants.regions_caption": {
        "fi": "Tekstien maakuntakohtaiset osuudet ja määrät (vahvistamattomia).",
        "en": "The texts' shares and counts by region (unconfirmed).",
    },
    "participants.claims_all_caption": {
        "fi": "Hankkeiden tekstien luvut ja mitä ne laskevat.",
        "en": "The numbers in the projects' texts and what they count.",
    },
    "participants.claims_caption": {
        "fi": "Hankkeen {project_code} tekstien luvut ja mitä ne laskevat.",
        "en": "The numbers in project {project_code}'s texts and what they count.",
    },
    "accuracy.participants_caption": {
        "fi": "Lukujen lukemisen tarkkuus testi- ja kehitysvirkkeillä.",
        "en": "Accuracy of reading numbers on test and development sentences.",
    },
    "accuracy.outcomes_caption": {
        "fi": "Osallistujatulosten lukemisen tarkkuus kokonaisina tapauksina.",
        "en": "Accuracy of reading participant outcomes, as whole cases.",
    },
    "accuracy.covid_caption": {
        "fi": "Muutosvirkkeiden luokittelun tarkkuus testi- ja kehitysvirkkeillä.",
        "en": "Accuracy of classifying change sentences on test and development sentences.",
    },
    "review.issues_caption": {
        "fi": "Arvioijan ratkaisut, joita ei sovellettu.",
        "en": "Review decisions that were not applied.",
    },
    "covid.timeline_caption": {
        "fi": "Hankkeiden suunnitellut toteutusajat ja pandemian rajoitusjaksot.",
        "en": "The projects' planned periods and the pandemic's restriction periods.",
    },
    "covid.projects_caption": {
        "fi": "Altistus pandemialle ja tekstien muutokset hankkeittain.",
        "en": "Exposure to the pandemic and changes in the texts by project.",
    },
    "covid.heatmap_caption": {
        "fi": "Muutosvirkkeet muutoslajeittain, pandemian aikana toimineet hankkeet.",
        "en": "Change sentences by kind of change, projects that ran during the pandemic.",
    },
    "covid.delivery_caption": {
        "fi": "Toteutustapa suunnitelmassa ja loppuraportissa hankkeen omien virkkeiden mukaan.",
        "en": "Delivery in the plan and the final report by the project's own sentences.",
    },
    "covid.control_caption": {
        "fi": "Toteutustavat ja muutosvirkkeet koronakausittain.",
        "en": "Delivery and change sentences by COVID cohort.",
    },
    "covid.evidence_caption": {
        "fi": "Muutokseksi ehdotetut virkkeet.",
        "en": "Sentences suggested as adaptations.",
    },
    "programme.left_out_caption": {
        "fi": "Luettelon hankkeet, jotka eivät ole vertailussa, ja syy.",
        "en": "Projects of the list left out of the comparison, and why.",
    },
    "programme.set_aside_caption": {
        "fi": "Tuonnissa pois jätetyt rivit ja syy.",
        "en": "Rows set aside on import, and why.",
    },
    "programme.distribution_caption": {
        "fi": "Ohjelman päättyneiden hankkeiden toteuma; kuvatut hankkeet merkittyinä.",
        "en": "Realisation of the programme's closed projects; the described projects marked.",
    },
    "programme.by_fund_caption": {"fi": "Toteuma rahastoittain.", "en": "Realisation by fund."},
    "programme.by_authority_caption": {
        "fi": "Toteuma vastuuviranomaisittain.",
        "en": "Realisation by managing authority.",
    },
    "programme.by_priority_axis_code_caption": {
        "fi": "Toteuma toimintalinjoittain.",
        "en": "Realisation by priority axis.",
    },
    "programme.by_size_band_caption": {
        "fi": "Toteuma hankkeen koon mukaan.",
        "en": "Realisation by project size.",
    },
    "programme.by_end_year_caption": {
        "fi": "Toteuma päättymisvuoden mukaan.",
        "en": "Realisation by year of end.",
    },
    "programme.standing_caption": {
        "fi": "Kuvattujen hankkeiden sijoittuminen ohjelman päättyneiden joukossa.",
        "en": "Where the described projects stand among the programme's closed projects.",
    },
    "card.facts_caption": {
        "fi": "Hankkeen {project_code} perustiedot.",
        "en": "Key facts of project {project_code}.",
    },
    "card.funding_caption": {
        "fi": "Hankkeen {project_code} julkinen rahoitus lähteittäin.",
        "en": "Public funding of project {project_code} by source.",
    },
    "card.indicators_caption": {
        "fi": "Hankkeen {project_code} suunnitellut ja toteutuneet osallistujat (osiot 7.1 ja 7.2).",
        "en": "Planned and realised participants of project {project_code} (sections 7.1 and 7.2).",
    },
    "card.areas_caption": {
        "fi": "Hankkeen {project_code} toiminta-alueet.",
        "en": "Areas of project {project_code}.",
    },
    "card.organisations_caption": {
        "fi": "Hankkeen {project_code} toteuttajat.",
        "en": "Implementers of project {project_code}.",
    },
    "card.issues_caption": {
        "fi": "Havainnot hankkeen {project_code} kuvauksesta.",
        "en": "Issues in the description of project {project_code}.",
    },
    # report titles
    "title.index": {"fi": "Hankearviointi: yhteenveto", "en": "Project evaluation: summary"},
    "title.00_data_overview": {"fi": "Aineiston yleiskuva", "en": "Data overview"},
    "title.01_funding": {"fi": "Rahoituksen toteutuminen", "en": "Funding realisation"},
    "title.02_participants": {
        "fi": "Osallistujatavoitteet ja tulokset",
        "en": "Participant targets and outcomes",
    },
    "title.03_covid": {"fi": "Koronapandemian aikaiset muutokset", "en": "COVID-era adaptations"},
    "title.04_programme": {"fi": "Koko ohjelma", "en": "The whole programme"},
    "title.project_card": {"fi": "Hankekortti {project_code}", "en": "Project card {project_code}"},
    "card.title": {
        "fi": "Hankekortti {project_code}: {name}",
        "en": "Project card {project_code}: {name}",
    },
    # index
    "index.answers": {
        "fi": "Vastaukset arviointikysymyksiin",
        "en": "Answers to the evaluation questions",
    },
    "index.intro": {
        "fi": {
            "one": "Yhteenveto {count} hankkeen kuvauksesta: rahoituksen toteutuminen, osallistujatavoitteet ja -tulokset sekä koronapandemian aikaiset muutokset. Tekstistä luetut luvut ovat koneen ehdotuksia, kunnes arvioija vahvistaa ne.",
            "other": "Yhteenveto {count} hankkeen kuvauksista: rahoituksen toteutuminen, osallistujatavoitteet ja -tulokset sekä koronapandemian aikaiset muutokset. Tekstistä luetut luvut ovat koneen ehdotuksia, kunnes arvioija vahvistaa ne.",
        },
        "en": {
            "one": "A summary of {count} project description: funding realisation, participant targets and outcomes, and COVID-era adaptations. Figures read from text are the machine's suggestions until an evaluator confirms them.",
            "other": "A summary of {count} project descriptions: funding realisation, participant targets and outcomes, and COVID-era adaptations. Figures read from text are the machine's suggestions until an evaluator confirms them.",
        },
    },
    "index.projects_intro": {
        "fi": "Kunkin hankkeen kolme vastausta; hankekortti kertoo näytön ja yksityiskohdat.",
        "en": "Each project's three answers; its card gives the evidence and the detail.",
    },
    "index.col.project": {"fi": "Hanke", "en": "Project"},
    "index.col.project_name": {"fi": "Nimi", "en": "Name"},
    "index.col.planned_period": {"fi": "Toteutusaika", "en": "Planned period"},
    "index.col.funding": {"fi": "Rahoituksen toteuma", "en": "Funding realised"},
    "index.col.participants": {
        "fi": "Osallistujat: tulos / tavoite",
        "en": "Participants: result / target",
    },
    "index.col.covid": {"fi": "Korona: kausi ja muutokset", "en": "COVID: period and changes"},
    "index.interim": {"fi": "väliaikainen", "en": "interim"},
    "index.filter": {"fi": "Suodata hankkeita:", "en": "Filter projects:"},
    "index.no_adaptations": {"fi": "ei muutoksia teksteissä", "en": "no changes in the texts"},
    "index.review_issues": {
        "fi": "Tarkistusrivejä, joita ei sovellettu: {refused}; sormenjäljettömiä tiedostoja: {unverified} (ks. osallistuja- ja koronaraportit).",
        "en": "Review rows not applied: {refused}; files of decisions without fingerprints: {unverified} (see the participants and COVID reports).",
    },
    "index.read_more": {"fi": "Raportti", "en": "Report"},
    "index.projects": {"fi": "Hankkeet", "en": "Projects"},
    "index.reports": {"fi": "Raportit", "en": "Reports"},
    "index.quality": {"fi": "Aineiston laatu", "en": "Data quality"},
    "index.quality_counts": {
        "fi": "Luettuja asiakirjoja: {files}; hankkeita: {projects}, hylättyjä: {rejected}, virheitä: {errors}, varoituksia: {warnings} (parse_issues.csv).",
        "en": "Documents read: {files}; projects: {projects}, rejected: {rejected}, errors: {errors}, warnings: {warnings} (parse_issues.csv).",
    },
    "index.failed": {"fi": "Raportin tuottaminen epäonnistui", "en": "The report failed"},
    "report.failed_cell": {"fi": " (solu {cell})", "en": " (cell {cell})"},
    "index.downloads": {
        "fi": "Kaikki raporttien taulukot yhtenä Excel-työkirjana",
        "en": "Every report table in one Excel workbook",
    },
    "index.document": {"fi": "Word-asiakirjana", "en": "as a Word document"},
    "index.csv_files": {
        "fi": "Jokainen taulukko myös CSV-tiedostona (tables/) ja Exceliin sopivana CSV-tiedostona (tables/excel/)",
        "en": "Every table also as a CSV file (tables/) and as a CSV file for Excel (tables/excel/)",
    },
    "workbook.notes_sheet": {"fi": "Huomiot", "en": "Notes"},
    "workbook.sheet": {"fi": "Välilehti", "en": "Sheet"},
    "workbook.table": {"fi": "Taulukko", "en": "Table"},
    "workbook.report": {"fi": "Raportti", "en": "Report"},
    "workbook.caption": {
        "fi": "Sivulla (taulukon numero ja otsikko tai väliotsikko)",
        "en": "On the page (table number and caption, or heading)",
    },
    "workbook.source": {"fi": "Lähde", "en": "Source"},
    "workbook.rows": {"fi": "Rivejä", "en": "Rows"},
    "workbook.csv": {"fi": "CSV-tiedosto", "en": "CSV file"},
    "workbook.csv_spreadsheet": {"fi": "CSV Exceliin", "en": "CSV for Excel"},
    "workbook.cards": {"fi": "Hankekortit", "en": "Project cards"},
    "workbook.too_long": {
        "fi": "Taulukossa on yli {limit} riviä, joten se ei ole tässä työkirjassa: kaikki rivit ovat tiedostossa {file}.",
        "en": "The table has more than {limit} rows, so it is not in this workbook: every row is in {file}.",
    },
    "workbook.notes_contents": {
        "fi": "Yksiköt, lähteet, seurantatietojen varaumat ja alkuperä",
        "en": "Units, sources, caveats of the monitoring data, and provenance",
    },
    "workbook.topic": {"fi": "Aihe", "en": "Topic"},
    "workbook.note": {"fi": "Huomio", "en": "Note"},
    "workbook.about": {
        "fi": "Raporttien taulukot, yksi välilehti taulukkoa kohden; hankekorttien taulukot yksi välilehti lajia kohden, hankekoodi ensimmäisenä sarakkeena. Sisällys-välilehti luettelee ne. Luvut ovat lukuja ja päivämäärät päivämääriä; teksti on tekstiä, eikä mikään solu ole kaava.",
        "en": "The reports' tables, one sheet per table; the project cards' tables one sheet per kind, with the project code as the first column. The Contents sheet lists them. Numbers are numbers and dates are dates; text is text, and no cell is a formula.",
    },
    "workbook.units": {"fi": "Yksiköt", "en": "Units"},
    "workbook.unit.EUR": {
        "fi": "Euromäärät (€): näkyvät ryhmiteltyinä ilman desimaaleja; solussa on tarkka arvo.",
        "en": "Amounts in euros (€): shown grouped without decimals; the cell holds the exact value.",
    },
    "workbook.unit.ratio": {
        "fi": "Toteumat ja osuudet: näkyvät prosentteina yhden desimaalin tarkkuudella; solussa on osuus (0,933 = 93,3 %).",
        "en": "Realisations and shares: shown as percentages with one decimal; the cell holds the share (0.933 = 93.3%).",
    },
    "workbook.unit.percent": {
        "fi": "Persentiilit: prosentteja (0–100), yhden desimaalin tarkkuudella.",
        "en": "Percentiles: per cent (0–100), with one decimal.",
    },
    "workbook.unit.count": {
        "fi": "Lukumäärät (osallistujat, yritykset, hankkeet, rivit): kokonaislukuina.",
        "en": "Counts (participants, enterprises, projects, rows): whole numbers.",
    },
    "workbook.unit.days": {"fi": "Kestot: päivinä.", "en": "Durations: in days."},
    "workbook.unit.date": {
        "fi": "Päivämäärät: päivämäärinä, muodossa p.k.vvvv.",
        "en": "Dates: as dates, shown as day, month and year (1 Feb 2016).",
    },
    "workbook.unit.text": {
        "fi": "Teksti: kuten hankekuvauksessa. Solu, jonka taulukkolaskenta tulkitsisi kaavaksi (alkaa merkillä =, +, -, @), alkaa heittomerkillä (').",
        "en": "Text: as in the description. A cell that a spreadsheet would take for a formula (starting with =, +, -, @) starts with an apostrophe (').",
    },
    "workbook.sources": {"fi": "Lähteet", "en": "Sources"},
    "workbook.caveats": {
        "fi": "Seurantatietojen varaumat",
        "en": "Caveats of the monitoring data",
    },
    "workbook.caveat.self_reported": {
        "fi": "Osallistujatiedot perustuvat pitkälti osallistujien itse ilmoittamaan; rekisteritiedoista esimerkiksi työttömien osuus on yleensä pienempi.",
        "en": "Participant data are largely self-reported; register data give, for example, a lower share of unemployed.",
    },
    "workbook.caveat.one_day": {
        "fi": "Yhden päivän osallistumisia ei kirjata ESR-osallistujiksi, ja osallistujalomakkeita on voitu täyttää jälkikäteen. Käyntikertojen määrä ei ole osallistujien määrä.",
        "en": "One-day participations are not recorded as ESF participants, and participant forms may have been filled in afterwards. A count of attendances is not a count of participants.",
    },
    "workbook.caveat.targets": {
        "fi": "Tavoitteita muutetaan hankkeen aikana muutospäätöksin. Osioiden 7.1 ja 7.2 suunnitellut määrät ja osion 5 suunniteltu rahoitus ovat sen suunnitelmaversion mukaisia, jonka hankekuvaus näyttää (viimeisin hyväksytty muutos ennen kuin sivu tallennettiin tai haettiin); aiempia versioita kuvaus ei kerro.",
        "en": "Targets change during a project through amendments. The planned counts of sections 7.1 and 7.2 and the planned funding of section 5 are those of the plan version the description shows (the last approved amendment before the page was saved or fetched); the description does not give earlier versions.",
    },
    "workbook.caveat.realisation": {
        "fi": "Toteuma = toteutunut ÷ suunniteltu. Se on lopullinen vain päättyneille hankkeille (Toiminta päättynyt); käynnissä olevien hankkeiden luvut ovat väliaikaisia.",
        "en": "Realisation = realised ÷ planned. It is final only for closed projects (Toiminta päättynyt); the figures of running projects are interim.",
    },
    "workbook.caveat.machine_readings": {
        "fi": "Tekstistä luetut luvut ja luokitukset (osallistujamäärät, koronamuutokset) ovat koneen ehdotuksia, kunnes arvioija vahvistaa ne (analyysi review); sarake Tarkistus kertoo, onko rivi vahvistettu.",
        "en": "Figures and categories read from the texts (participant counts, COVID adaptations) are machine suggestions until an evaluator confirms them (analyysi review); the Review column says whether a row is confirmed.",
    },
    "workbook.provenance": {"fi": "Alkuperä", "en": "Provenance"},
    "index.figures": {
        "fi": "Kuvat SVG- ja PNG-tiedostoina (300 dpi)",
        "en": "Figures as SVG and 300-dpi PNG files",
    },
    "col.public_realisation": {
        "fi": "Julkisen rahoituksen toteutuma",
        "en": "Public funding realised",
    },
    "col.planned_public_eur": {
        "fi": "Suunniteltu julkinen rahoitus (€)",
        "en": "Planned public funding (€)",
    },
    "col.realised_public_eur": {
        "fi": "Toteutunut julkinen rahoitus (€)",
        "en": "Realised public funding (€)",
    },
    "col.planned_persons": {"fi": "Suunnitellut osallistujat", "en": "Planned participants"},
    "col.priority_axis": {"fi": "Toimintalinja", "en": "Priority axis"},
    "col.specific_objective": {"fi": "Erityistavoite", "en": "Specific objective"},
    "col.planned_period": {"fi": "Suunniteltu toteutusaika", "en": "Planned period"},
    "value.fund.ESR": {"fi": "Euroopan sosiaalirahasto (ESR)", "en": "European Social Fund (ESF)"},
    "value.fund.EAKR": {
        "fi": "Euroopan aluekehitysrahasto (EAKR)",
        "en": "European Regional Development Fund (ERDF)",
    },
    "value.ESR": {"fi": "ESR", "en": "ESF"},
    "value.EAKR": {"fi": "EAKR", "en": "ERDF"},
    "col.projects_with_result": {"fi": "Hankkeita, joilla tulos", "en": "Projects with a result"},
    "col.planned_persons_reported": {
        "fi": "Niiden suunnitellut osallistujat",
        "en": "Their planned participants",
    },
    "col.realised_persons": {
        "fi": "Niiden toteutuneet osallistujat",
        "en": "Their realised participants",
    },
    "col.projects_reached": {
        "fi": "Tavoite saavutettu tai ylitetty",
        "en": "Target met or exceeded",
    },
    "col.projects_awaiting_review": {"fi": "Odottaa tarkistusta", "en": "Awaiting review"},
    "col.errors": {"fi": "Virheet", "en": "Errors"},
    "col.warnings": {"fi": "Varoitukset", "en": "Warnings"},
    "col.count": {"fi": "Lukumäärä", "en": "Count"},
    "col.report": {"fi": "Raportti", "en": "Report"},
    "col.table": {"fi": "Taulukko", "en": "Table"},
    "col.value": {"fi": "Arvo", "en": "Value"},
    "col.column": {"fi": "Sarake", "en": "Column"},
    "col.type": {"fi": "Tyyppi", "en": "Type"},
    "col.description": {"fi": "Kuvaus", "en": "Description"},
    "col.ran_in_pandemic": {"fi": "Pandemian aikana", "en": "During the pandemic"},
    "col.planned_eu_state_eur": {
        "fi": "Myönnetty EU- ja valtion rahoitus (€)",
        "en": "Granted EU and state funding (€)",
    },
    "col.realised_eu_state_eur": {
        "fi": "Toteutunut EU- ja valtion rahoitus (€)",
        "en": "Realised EU and state funding (€)",
    },
    "col.planned_public_total_eur": {
        "fi": "Suunniteltu julkinen rahoitus (€)",
        "en": "Planned public funding (€)",
    },
    "col.realised_public_total_eur": {
        "fi": "Toteutunut julkinen rahoitus (€)",
        "en": "Realised public funding (€)",
    },
    # data overview
    "overview.periods": {
        "fi": "Hankkeiden suunnitellut toteutusajat",
        "en": "Planned project periods",
    },
    "overview.periods_alt": {
        "fi": "Vaakapalkit: kunkin hankkeen suunniteltu alkamis- ja päättymispäivä.",
        "en": "Horizontal bars: each project's planned start and end date.",
    },
    # placeholders until the analyses land
    # project card
    "card.funding_alt": {
        "fi": "Pylväät: suunniteltu ja toteutunut rahoitus euroina lähteittäin.",
        "en": "Bars: planned and realised funding in euros by source.",
    },
    "card.unknown_project": {
        "fi": "Hanketta {project_code} ei löydy taulukosta projects.csv.",
        "en": "Project {project_code} is not in projects.csv.",
    },
    # funding report
    "funding.totals": {
        "fi": "Päättyneitä hankkeita {count}: suunniteltu julkinen rahoitus {planned}, toteutunut {realised}, käyttämättä {unspent}.",
        "en": "Closed projects: {count}. Planned public funding {planned}, realised {realised}, unspent {unspent}.",
    },
    "funding.weighted": {
        "fi": "Rahoituksella painotettu toteuma (kaikki toteutunut ÷ kaikki suunniteltu) oli {value}.",
        "en": "The funding-weighted realisation (all realised ÷ all planned) was {value}.",
    },
    "funding.weighted_interval": {
        "fi": "Rahoituksella painotettu toteuma (kaikki toteutunut ÷ kaikki suunniteltu) oli {value}; jos hankkeet olisivat otos samanlaisista, se olisi 95 %:n varmuudella välillä {low}–{high} (bootstrap-luottamusväli).",
        "en": "The funding-weighted realisation (all realised ÷ all planned) was {value}; were the projects a sample of similar ones, it would lie between {low} and {high} with 95% confidence (bootstrap interval).",
    },
    "funding.eu_state": {
        "fi": "Myönnetystä EU- ja valtion rahoituksesta ({granted}) toteutui {realised} eli {value}.",
        "en": "Of the granted EU and state funding ({granted}), {realised} was realised: {value}.",
    },
    "funding.median_interval": {
        "fi": "Tyypillinen hanke (mediaani) käytti {value}; 95 %:n bootstrap-luottamusväli {low}–{high}.",
        "en": "The typical project (median) used {value}; 95% bootstrap interval {low} to {high}.",
    },
    "funding.middle_half": {
        "fi": "Puolet hankkeista käytti {low}–{high} rahoituksestaan.",
        "en": "Half of the projects used between {low} and {high} of their funding.",
    },
    "funding.interim": {
        "fi": "{count} käynnissä olevaa hanketta jätettiin salkun tunnusluvuista pois: niiden toteuma on väliaikainen.",
        "en": "{count} running projects were left out of the portfolio figures: their realisation is interim.",
    },
    "funding.small_n": {
        "fi": "Tyypillinen hanke (mediaani) käytti {value}; pienin toteuma oli {low} ja suurin {high}. Hankkeita on vain {n}, joten luvut kuvaavat vain näitä hankkeita eikä niille lasketa luottamusvälejä.",
        "en": "The typical project (median) used {value}; the lowest realisation was {low} and the highest {high}. With only {n} projects the figures describe these projects alone, and no confidence intervals are computed.",
    },
    "funding.none": {
        "fi": "Yhdelläkään päättyneellä hankkeella ei ole sekä suunniteltua että toteutunutta julkista rahoitusta.",
        "en": "No closed project gives both planned and realised public funding.",
    },
    "funding.dumbbell_alt": {
        "fi": "Pisteet: kunkin hankkeen suunniteltu ja toteutunut julkinen rahoitus euroina; viiva niiden välillä on käyttämätön osuus.",
        "en": "Dots: each project's planned and realised public funding in euros; the line between them is the unspent part.",
    },
    "funding.distribution_alt": {
        "fi": "Histogrammi: hankkeiden julkisen rahoituksen toteuma toteumaluokkien taustavärien päällä.",
        "en": "Histogram: the projects' public funding realisation over the shaded realisation bands.",
    },
    "funding.unspent_alt": {
        "fi": "Pylväät: käyttämätön julkinen rahoitus euroina hankkeittain, suurin ylimpänä; oranssi viivoitettu pylväs = ylitys.",
        "en": "Bars: unspent public funding in euros by project, largest at the top; an orange hatched bar = overspent.",
    },
    "funding.model_none": {
        "fi": "Malli vaatii vähintään {minimum} päättynyttä hanketta; aineistossa on {n}. Tilastollinen päättely ei siksi ole mahdollista, ja raportti näyttää vain kuvailevat luvut.",
        "en": "The model needs at least {minimum} closed projects; there are {n}. Statistical inference is therefore not possible, and this report shows descriptive figures only.",
    },
    "funding.model_intro": {
        "fi": "Fraktionaalinen logit-malli (binomijakauma, logit-linkki, robustit keskivirheet), {n} päättynyttä hanketta. Vetosuhde kertoo, moninkertaistuuko toteutuneen ja käyttämättä jääneen rahoituksen suhde, kun selittäjä kasvaa yhdellä yksiköllä muiden pysyessä ennallaan.",
        "en": "Fractional-logit model (binomial family, logit link, robust standard errors), {n} closed projects. An odds ratio tells by how much the ratio of realised to unspent funding is multiplied when the covariate grows by one unit, the others held fixed.",
    },
    "funding.model_up": {
        "fi": "{term}: vetosuhde {ratio} (95 % {low}–{high}); suurempi arvo liittyy suurempaan toteumaan.",
        "en": "{term}: odds ratio {ratio} (95 % {low}–{high}); a higher value goes with higher realisation.",
    },
    "funding.model_down": {
        "fi": "{term}: vetosuhde {ratio} (95 % {low}–{high}); suurempi arvo liittyy pienempään toteumaan.",
        "en": "{term}: odds ratio {ratio} (95 % {low}–{high}); a higher value goes with lower realisation.",
    },
    "funding.model_unclear": {
        "fi": "{term}: vetosuhde {ratio} (95 % {low}–{high}); yhteyden suunta jää epävarmaksi.",
        "en": "{term}: odds ratio {ratio} (95 % {low}–{high}); the direction of the association is uncertain.",
    },
    "funding.model_clipped": {
        "fi": "{count} yli 100 %:n toteumaa rajattiin malliin 100 %:iin.",
        "en": "{count} realisations above 100 % were set to 100 % for the model.",
    },
    "funding.programme_none": {
        "fi": "Ohjelman hankeluetteloa ei annettu (analyysi run --project-list TIEDOSTO), joten vertailua ohjelmaan ei tehty.",
        "en": "No programme project list was given (analyysi run --project-list FILE), so there is no comparison with the programme.",
    },
    "funding.programme_intro": {
        "fi": "Hankeluettelo {file}: {count} hanketta, joista {closed} päättynyttä; persentiili kertoo, kuinka suurella osalla päättyneistä toteuma on enintään hankkeen oma.",
        "en": "Project list {file}: {count} projects, {closed} of them closed; the percentile is the share of closed projects whose realisation is at or below the project's own.",
    },
    "funding.programme_no_closed": {
        "fi": "Luettelossa ei ole päättyneitä hankkeita, joten persentiilejä ei voi laskea.",
        "en": "The list has no closed projects, so no percentiles can be computed.",
    },
    "funding.programme_alt": {
        "fi": "Histogrammi: ohjelman päättyneiden hankkeiden toteuma toteumaluokkien taustavärien päällä; punaiset katkoviivat ovat tämän aineiston hankkeet.",
        "en": "Histogram: realisation of the programme's closed projects over the shaded realisation bands; red dashed lines are the projects of this portfolio.",
    },
    "funding.programme_mismatch": {
        "fi": "Huom.: luettelon hankkeet alkoivat vuosina {list_first}–{list_last}, tämän aineiston hankkeet vuosina {first}–{last}. Luettelo on todennäköisesti eri ohjelmakaudelta, joten vertailu on suuntaa-antava.",
        "en": "Note: the list's projects started in {list_first}–{list_last}, this portfolio's in {first}–{last}. The list is probably of another programme period, so the comparison is indicative only.",
    },
    "funding.programme_funds": {
        "fi": "Vertailussa ovat mukana vain luettelon päättyneet hankkeet rahastoista {funds}.",
        "en": "Only the list's closed projects of the funds {funds} are compared.",
    },
    "funding.not_in_list": {
        "fi": "Kuvatut hankkeet, joita luettelossa ei ole: {codes}.",
        "en": "Described projects missing from the list: {codes}.",
    },
    "funding.plan_changes_intro": {
        "fi": "Hankkeet, jotka ovat sekä kuvauksina että luettelossa: kuvauksen luku − luettelon luku. Ero suunnitellussa rahoituksessa on suunnitelman muutos luettelon ajankohdan jälkeen.",
        "en": "Projects both described and listed: the description's figure − the list's. A difference in planned funding is a plan change after the list's date.",
    },
    "funding.plan_changes_none": {
        "fi": "Yksikään kuvattu hanke ei ole luettelossa.",
        "en": "None of the described projects is in the list.",
    },
    "funding.public_eur_axis": {"fi": "Julkinen rahoitus (€)", "en": "Public funding (€)"},
    "funding.realisation_axis": {
        "fi": "Julkisen rahoituksen toteuma (toteutunut ÷ suunniteltu)",
        "en": "Public funding realisation (realised ÷ planned)",
    },
    "funding.projects_axis": {"fi": "Hankkeita", "en": "Projects"},
    "funding.unspent_axis": {
        "fi": "Käyttämätön julkinen rahoitus (€)",
        "en": "Unspent public funding (€)",
    },
    "funding.planned_public_axis": {
        "fi": "Suunniteltu julkinen rahoitus (€)",
        "en": "Planned public funding (€)",
    },
    "funding.realised_public_axis": {
        "fi": "Toteutunut julkinen rahoitus (€)",
        "en": "Realised public funding (€)",
    },
    "funding.diagonal": {"fi": "toteutunut = suunniteltu", "en": "realised = planned"},
    "funding.unspent_legend": {"fi": "käyttämättä", "en": "unspent"},
    "funding.overspent_legend": {"fi": "ylitys", "en": "overspent"},
    "funding.marks": {"fi": "tämän aineiston hankkeet", "en": "projects of this portfolio"},
    "funding.note.scatter": {
        "fi": "Hankkeita on yli {limit}, joten kuvio on hajontakuva: piste hanketta kohden, suunniteltu rahoitus vaaka-akselilla ja toteutunut pystyakselilla; lävistäjällä toteutunut on yhtä suuri kuin suunniteltu. Hankkeet nimineen ovat taulukossa.",
        "en": "There are over {limit} projects, so the figure is a scatter: one dot per project, planned funding across and realised up; on the diagonal realised equals planned. The projects by name are in the table.",
    },
    "funding.note.top_unspent": {
        "fi": "Kuvion rivit ovat ne {count} hanketta, joilla käyttämätön tai ylitetty summa on suurin; kaikki hankkeet ovat taulukossa.",
        "en": "The figure's rows are the {count} projects with the largest unspent or overspent amounts; the table has them all.",
    },
    "funding.note.vs_participants": {
        "fi": "Hankkeita, joilta puuttuu rahoituksen toteuma tai arvioijan vahvistama osallistujatavoitteen saavutusaste: {count} (eivät kuviossa).",
        "en": "Projects lacking a funding realisation or a participant achievement confirmed by an evaluator: {count} (not drawn).",
    },
    "funding.note.outside_axis": {
        "fi": "Hankkeita, joiden toteuma on alle {low} tai yli {high}: {count} (eivät kuviossa, ks. taulukko).",
        "en": "Projects with a realisation below {low} or above {high}: {count} (not drawn; see the table).",
    },
    "band.lt_50": {"fi": "alle 50 %", "en": "under 50%"},
    "band.50_80": {"fi": "50–80 %", "en": "50–80%"},
    "band.80_100": {"fi": "80–100 %", "en": "80–100%"},
    "band.gt_100": {"fi": "yli 100 %", "en": "over 100%"},
    "term.log_planned_public": {
        "fi": "Suunnitellun julkisen rahoituksen logaritmi",
        "en": "Log of planned public funding",
    },
    "term.planned_years": {"fi": "Suunniteltu kesto (vuotta)", "en": "Planned duration (years)"},
    "term.eu_state_share": {"fi": "EU- ja valtion rahoituksen osuus", "en": "EU and state share"},
    "term.ran_in_pandemic": {"fi": "Toteutus pandemian aikana", "en": "Ran during the pandemic"},
    "col.breakdown": {"fi": "Erittely", "en": "Breakdown"},
    "col.group": {"fi": "Ryhmä", "en": "Group"},
    "col.projects": {"fi": "Hankkeita", "en": "Projects"},
    "col.projects_remote_final": {
        "fi": "Etänä tai hybridinä loppuraportin mukaan",
        "en": "Remote or hybrid by the final report",
    },
    "col.projects_adapted": {
        "fi": "Muutos ehdotettu",
        "en": "Adaptation suggested",
    },
    "col.projects_adapted_confirmed": {
        "fi": "Muutos vahvistettu",
        "en": "Adaptation confirmed",
    },
    "col.weighted_realisation": {"fi": "Painotettu toteuma", "en": "Weighted realisation"},
    "col.median_realisation": {"fi": "Mediaanitoteuma", "en": "Median realisation"},
    "col.term": {"fi": "Selittäjä", "en": "Covariate"},
    "col.odds_ratio": {"fi": "Vetosuhde", "en": "Odds ratio"},
    "col.ci_low": {"fi": "95 % alaraja", "en": "95 % low"},
    "col.ci_high": {"fi": "95 % yläraja", "en": "95 % high"},
    "col.p_value": {"fi": "p-arvo", "en": "p-value"},
    "col.list_status": {"fi": "Tila luettelossa", "en": "Status in the list"},
    "col.granted_eu_state_eur_list": {
        "fi": "Myönnetty EU+valtio, luettelo (€)",
        "en": "Granted EU+state, list (€)",
    },
    "col.granted_eu_state_eur_change": {
        "fi": "Muutos: myönnetty EU+valtio (€)",
        "en": "Change: granted EU+state (€)",
    },
    "col.planned_public_eur_list": {
        "fi": "Suunniteltu julkinen, luettelo (€)",
        "en": "Planned public, list (€)",
    },
    "col.planned_public_eur_change": {
        "fi": "Muutos: suunniteltu julkinen (€)",
        "en": "Change: planned public (€)",
    },
    "col.realised_public_eur_list": {
        "fi": "Toteutunut julkinen, luettelo (€)",
        "en": "Realised public, list (€)",
    },
    "col.realised_public_eur_change": {
        "fi": "Muutos: toteutunut julkinen (€)",
        "en": "Change: realised public (€)",
    },
    "value.lt_50": {"fi": "alle 50 %", "en": "under 50 %"},
    "value.50_80": {"fi": "50–80 %", "en": "50–80 %"},
    "value.80_100": {"fi": "80–100 %", "en": "80–100 %"},
    "value.gt_100": {"fi": "yli 100 %", "en": "over 100 %"},
    "value.authority": {"fi": "vastuuviranomainen", "en": "managing authority"},
    "value.applicant": {"fi": "hakija", "en": "applicant"},
    "value.co_implementer": {"fi": "osatoteuttaja", "en": "co-implementer"},
    "value.applicant_org_type": {"fi": "organisaatiotyyppi", "en": "organisation type"},
    "value.priority_axis_code": {"fi": "toimintalinja", "en": "priority axis"},
    "value.specific_objective_code": {"fi": "erityistavoite", "en": "specific objective"},
    "value.start_year": {"fi": "alkamisvuosi", "en": "start year"},
    "value.covid_era": {"fi": "koronakausi", "en": "COVID cohort"},
    "value.size_quartile": {"fi": "kokoneljännes", "en": "size quartile"},
    "value.duration": {"fi": "kesto", "en": "duration"},
    "value.pre_covid": {"fi": "ennen pandemiaa", "en": "pre-COVID"},
    "value.exposed": {"fi": "alkoi ennen, jatkui pandemiaan", "en": "exposed (started before)"},
    "value.covid_born": {"fi": "alkoi pandemian aikana", "en": "started during the pandemic"},
    "value.post_covid": {"fi": "pandemian jälkeen", "en": "post-COVID"},
    "value.q1_smallest": {"fi": "pienin neljännes", "en": "smallest quarter"},
    "value.q2": {"fi": "2. neljännes", "en": "2nd quarter"},
    "value.q3": {"fi": "3. neljännes", "en": "3rd quarter"},
    "value.q4_largest": {"fi": "suurin neljännes", "en": "largest quarter"},
    "value.up_to_1_year": {"fi": "enintään vuosi", "en": "up to a year"},
    "value.1_to_2_years": {"fi": "1–2 vuotta", "en": "1–2 years"},
    "value.over_2_years": {"fi": "yli 2 vuotta", "en": "over 2 years"},
    # participants report
    "participants.achievement_alt": {
        "fi": "Pylväät: suunniteltu osallistujamäärä hankkeittain (vaalea) ja sen päällä toteutunut (tumma = arvioijan vahvistama, viivoitettu = konelukema, joka odottaa tarkistusta); ”ei tiedossa”, kun toteutunutta määrää ei tiedetä.",
        "en": "Bars: planned participants by project (light) and over them the realised count (dark = confirmed by an evaluator, hatched = a machine reading awaiting review); “not known” where the realised count is not known.",
    },
    "participants.regions_none": {
        "fi": "Yksikään asiakirja ei kerro sekä suunniteltua että toteutunutta alueellista jakaumaa.",
        "en": "No document states both a planned and a realised regional distribution.",
    },
    "participants.unmeasured_row": {
        "fi": "{project_code}: {indicator} – {reason}",
        "en": "{project_code}: {indicator} – {reason}",
    },
    "participants.reason.not_reported": {
        "fi": "tavoite on, mutta toteutunutta määrää ei kerrota seurantatiedoissa eikä loppuraportissa.",
        "en": "there is a target, but neither the monitoring data nor the final report give a realised count.",
    },
    "participants.reason.no_target": {
        "fi": "suunniteltu määrä on 0 tai puuttuu, joten saavutusastetta ei voi laskea.",
        "en": "the planned count is 0 or missing, so there is no achievement to compute.",
    },
    "funding.vs_participants_alt": {
        "fi": "Hajontakuva: julkisen rahoituksen toteuma (pystyakseli) arvioijan vahvistamaa osallistujatavoitteen saavutusastetta (vaaka-akseli) vastaan hankkeittain.",
        "en": "Scatter: public funding realisation (vertical) against participant achievement as confirmed by an evaluator (horizontal) by project.",
    },
    "funding.vs_participants_none": {
        "fi": "Yhdelläkään hankkeella ei ole sekä rahoituksen toteumaa että arvioijan vahvistamaa osallistujatavoitteen saavutusastetta (ks. Osallistujat: tarkistamattomat lukemat).",
        "en": "No project has both a funding realisation and a participant achievement confirmed by an evaluator (see Participants: readings awaiting review).",
    },
    "participants.achievement_axis": {
        "fi": "Osallistujatavoitteen saavutusaste",
        "en": "Participant achievement",
    },
    "participants.count_axis": {"fi": "Osallistujia", "en": "Participants"},
    "participants.note.top_target": {
        "fi": "Kuvion rivit ovat ne {count} hanketta, joiden osallistujatavoite on suurin; kaikki hankkeet ovat taulukossa.",
        "en": "The figure's rows are the {count} projects with the largest participant targets; the table has them all.",
    },
    "participants.note.not_known": {
        "fi": "Hankkeita, joiden toteutunut osallistujamäärä ei ole tiedossa: {count}; kuviossa niiden kohdalla lukee ”ei tiedossa”.",
        "en": "Projects whose realised participant count is not known: {count}; the figure marks them “not known”.",
    },
    "participants.note.no_target": {
        "fi": "Hankkeita ilman osallistujatavoitetta: {count} (eivät kuviossa).",
        "en": "Projects without a participant target: {count} (not drawn).",
    },
    "value.met": {"fi": "saavutettu", "en": "met"},
    "value.exceeded": {"fi": "ylitetty", "en": "exceeded"},
    "value.not_met": {"fi": "ei saavutettu", "en": "not met"},
    "value.not_reported": {"fi": "ei raportoitu", "en": "not reported"},
    "value.no_target": {"fi": "ei tavoitetta", "en": "no target"},
    "value.indicator": {"fi": "seurantatieto", "en": "monitoring data"},
    "value.text_total": {"fi": "loppuraportin kokonaismäärä", "en": "final-report total"},
    "value.text_qualitative": {
        "fi": "loppuraportin sanallinen arvio",
        "en": "final-report statement",
    },
    "value.target": {"fi": "tavoite", "en": "target"},
    "value.outcome": {"fi": "tulos", "en": "outcome"},
    "col.realised": {"fi": "Toteutunut", "en": "Realised"},
    "col.region": {"fi": "Maakunta", "en": "Region"},
    "col.planned_share": {"fi": "Suunniteltu osuus", "en": "Planned share"},
    "col.realised_count": {"fi": "Toteutunut määrä", "en": "Realised count"},
    "col.realised_share": {"fi": "Toteutunut osuus", "en": "Realised share"},
    "col.cost_per_participant_eur": {
        "fi": "Kustannus / osallistuja (€)",
        "en": "Cost per participant (€)",
    },
    # COVID report
    "covid.timeline_alt": {
        "fi": "Vaakapalkit: pandemia-aikana toimineiden hankkeiden suunnitellut toteutusajat; varjostetut alueet: poikkeusolot, rajoitukset ja etätyösuositus.",
        "en": "Horizontal bars: the planned periods of the projects that ran during the pandemic; shaded areas: states of emergency, restrictions and the remote-work recommendation.",
    },
    "covid.heatmap_alt": {
        "fi": "Lämpökartta: pandemia-aikana toimineiden hankkeiden virkkeiden määrä luokittain; tummempi = useampi virke.",
        "en": "Heatmap: number of sentences in each category for the projects that ran during the pandemic; darker = more sentences.",
    },
    "covid.days_axis": {"fi": "Päivämäärä", "en": "Date"},
    "covid.note.outside": {
        "fi": "Hankkeita, joiden suunniteltu toteutusaika ei osu pandemia-aikaan ({start}–{end}): {count} (eivät kuviossa).",
        "en": "Projects whose planned period lies outside the pandemic ({start} – {end}): {count} (not drawn).",
    },
    "covid.note.period_unknown": {
        "fi": "Hankkeita, joiden suunniteltu toteutusaika ei ole tiedossa: {count} (eivät kuviossa).",
        "en": "Projects whose planned period is not known: {count} (not drawn).",
    },
    "covid.note.top_sentences": {
        "fi": "Kuvion rivit ovat ne {count} hanketta, joista on eniten virkkeitä; kaikki virkkeet ovat näyttötaulukossa.",
        "en": "The figure's rows are the {count} projects with the most sentences; the evidence table has every sentence.",
    },
    "value.state_of_emergency": {"fi": "poikkeusolot", "en": "state of emergency"},
    "value.restriction": {"fi": "rajoitukset", "en": "restrictions"},
    "value.recommendation": {"fi": "suositus (etätyö)", "en": "recommendation (remote work)"},
    "col.era": {"fi": "Koronakausi", "en": "COVID cohort"},
    "value.pandemic_context": {"fi": "pandemia", "en": "pandemic context"},
    "value.remote_delivery": {"fi": "etätoteutus", "en": "remote delivery"},
    "value.hybrid": {"fi": "hybridi", "en": "hybrid"},
    "value.cancelled_or_blocked": {"fi": "peruttu tai estynyt", "en": "cancelled or blocked"},
    "value.postponed_or_extended": {"fi": "siirtynyt tai jatkettu", "en": "postponed or extended"},
    "value.substitution": {"fi": "korvaava toimintatapa", "en": "substitution"},
    "value.reach_change": {"fi": "tavoittavuuden muutos", "en": "reach change"},
    "value.new_target_or_content": {
        "fi": "uusi kohderyhmä tai sisältö",
        "en": "new target or content",
    },
    "participants.cost_none": {
        "fi": "Yhtään osallistujamäärää ei ole vahvistettu, joten kustannusta osallistujaa kohden ei lasketa ({waiting} odottaa tarkistusta).",
        "en": "No participant count has been confirmed, so there is no cost per participant ({waiting} await review).",
    },
    "participants.bar_confirmed": {
        "fi": "toteutunut, vahvistettu",
        "en": "realised, confirmed",
    },
    "participants.bar_waiting": {
        "fi": "konelukema, odottaa tarkistusta",
        "en": "machine reading, awaiting review",
    },
    "participants.parts": {
        "fi": "Osat: {parts}",
        "en": "Parts: {parts}",
    },
    "programme.none": {
        "fi": "Ohjelman hankeluetteloa ei annettu (analyysi run --project-list TIEDOSTO), joten tätä raporttia ei laadittu.",
        "en": "No programme project list was given (analyysi run --project-list FILE), so there is no programme report.",
    },
    "programme.scope": {
        "fi": "Luettelo {file}: hankkeita tuotiin {imported}, rivejä jätettiin pois {set_aside} (syyt alla). Päättyneitä hankkeita, joilta on suunniteltu ja toteutunut julkinen rahoitus: {closed}.",
        "en": "List {file}: projects imported {imported}, rows set aside {set_aside} (reasons below). Closed projects with planned and realised public funding: {closed}.",
    },
    "programme.left_out": {
        "fi": "Luettelon hankkeet, jotka eivät ole mukana",
        "en": "Projects of the list not counted",
    },
    "programme.set_aside": {
        "fi": "Tuonnissa pois jätetyt rivit",
        "en": "Rows set aside by the import",
    },
    "programme.distribution": {"fi": "Toteuman jakauma", "en": "Distribution of realisation"},
    "programme.distribution_alt": {
        "fi": "Histogrammi: ohjelman päättyneiden hankkeiden julkisen rahoituksen toteuma; pystyviivat: kuvatut hankkeet.",
        "en": "Histogram: public funding realisation of the programme's closed projects; vertical lines: the described projects.",
    },
    "programme.by": {"fi": "Toteuma ryhmittäin", "en": "Realisation by group"},
    "programme.by_fund": {"fi": "Rahastoittain", "en": "By fund"},
    "programme.by_authority": {"fi": "Viranomaisittain", "en": "By authority"},
    "programme.by_priority_axis_code": {"fi": "Toimintalinjoittain", "en": "By priority axis"},
    "programme.by_size_band": {"fi": "Koon mukaan", "en": "By size"},
    "programme.by_end_year": {"fi": "Päättymisvuoden mukaan", "en": "By year of end"},
    "programme.standing": {
        "fi": "Kuvattujen hankkeiden sijoittuminen",
        "en": "Where the described projects stand",
    },
    "programme.no_closed": {
        "fi": "Luettelossa ei ole päättyneitä hankkeita, joilta olisi sekä suunniteltu että toteutunut julkinen rahoitus.",
        "en": "The list has no closed project with both planned and realised public funding.",
    },
    "col.share_under_80": {"fi": "Alle 80 %:n osuus", "en": "Share under 80 %"},
    "col.end_year": {"fi": "Päättymisvuosi", "en": "Year of end"},
    "col.size_band": {
        "fi": "Koko (suunniteltu julkinen rahoitus)",
        "en": "Size (planned public funding)",
    },
    "col.first_row": {"fi": "Ensimmäinen rivi", "en": "First row"},
    "col.rows": {"fi": "Rivejä", "en": "Rows"},
    "value.lt_100k": {"fi": "alle 100 000 €", "en": "under €100,000"},
    "value.100k_250k": {"fi": "100 000–250 000 €", "en": "€100,000–250,000"},
    "value.250k_500k": {"fi": "250 000–500 000 €", "en": "€250,000–500,000"},
    "value.500k_1m": {"fi": "500 000 – 1 milj. €", "en": "€500,000–1 million"},
    "value.ge_1m": {"fi": "vähintään 1 milj. €", "en": "€1 million or more"},
    "value.not_closed": {"fi": "ei päättynyt", "en": "not closed"},
    "value.no_planned_funding": {
        "fi": "ei suunniteltua julkista rahoitusta",
        "en": "no planned public funding",
    },
    "funding.none_final": {
        "fi": "Yhdelläkään valituista hankkeista ei ole lopullista julkisen rahoituksen toteumaa (päättynyt hanke, jolla on sekä suunniteltu että toteutunut rahoitus), joten portfoliolukuja ei lasketa.",
        "en": "None of the selected projects has a final public funding realisation (a closed project with both planned and realised funding), so there are no portfolio figures.",
    },
    "coverage.some": {
        "fi": "Raportin luvut kattavat {covered} hanketta {total}:stä valitusta. Pois jääneet ja vain osin mukana olevat hankkeet on lueteltu syineen alla.",
        "en": "The report's figures cover {covered} of the {total} selected projects. Those left out, or covered only in part, are listed below with the reason.",
    },
    "coverage.all": {
        "fi": "Raportin luvut kattavat kaikki {total} valittua hanketta.",
        "en": "The report's figures cover all {total} selected projects.",
    },
    "value.other": {"fi": "muu", "en": "other"},
    "value.no_funding_section": {
        "fi": "ei rahoitusosiota (5)",
        "en": "no funding section (5)",
    },
    "value.funding_amount_missing": {
        "fi": "suunniteltu tai toteutunut julkinen rahoitus puuttuu",
        "en": "planned or realised public funding missing",
    },
    "value.running_interim": {
        "fi": "käynnissä: luvut ovat väliaikaisia",
        "en": "running: its figures are interim",
    },
    "value.no_participant_section": {
        "fi": "ei osallistujaosiota (7.2)",
        "en": "no participant section (7.2)",
    },
    "value.no_planned_period": {
        "fi": "suunniteltu toteutusaika puuttuu",
        "en": "no planned period",
    },
    "value.no_final_report": {
        "fi": "ei loppuraporttia: muutoksia ei voi lukea (mukana aikajanalla)",
        "en": "no final report: adaptations cannot be read (on the timeline all the same)",
    },
    "col.reason": {
        "fi": "Syy",
        "en": "Reason",
    },
    "accuracy.sizes": {
        "fi": "Lauseita testijoukossa {test}, kehitysjoukossa {dev}.",
        "en": "Sentences in the test set: {test}; in the development set: {dev}.",
    },
    "accuracy.outcomes": {
        "fi": "Osallistujatulokset kokonaisina tapauksina (tavoite ja loppuraportin teksti): testijoukossa {test} tapausta, kehitysjoukossa {dev}.",
        "en": "Participant outcomes as whole cases (a target and a final-report text): {test} cases in the test set, {dev} in the development set.",
    },
    "review.issues": {
        "fi": "Tarkistusrivit, joita ei sovellettu tai ei voitu varmentaa",
        "en": "Review rows not applied or not verified",
    },
    "review.issues_intro": {
        "fi": "Näitä data/review-kansion rivejä ei sovellettu: ne eivät enää vastaa taulukoiden rivejä (stale: asiakirja tai lukema on muuttunut) tai ovat virheellisiä. Rivit, joilla ei ole sormenjälkeä (unverified), on sovellettu pelkän avaimen perusteella: asiakirjan muutosta ei niistä huomaisi.",
        "en": "These rows of data/review were not applied: they no longer match the tables (stale: the document or the reading changed) or are malformed. Decisions without a fingerprint (unverified) were applied by key alone: a change of the document would not show in them.",
    },
    "col.measure": {
        "fi": "Mittari",
        "en": "Measure",
    },
    "col.test": {
        "fi": "Testijoukko (lainattava)",
        "en": "Test set (to quote)",
    },
    "col.dev": {
        "fi": "Kehitysjoukko",
        "en": "Development",
    },
    "value.unconfirmed": {
        "fi": "vahvistamaton",
        "en": "unconfirmed",
    },
    "value.accepted": {
        "fi": "hyväksytty",
        "en": "accepted",
    },
    "value.rejected": {
        "fi": "hylätty",
        "en": "rejected",
    },
    "value.corrected": {
        "fi": "korjattu",
        "en": "corrected",
    },
    "value.participants": {
        "fi": "osallistujat",
        "en": "participants",
    },
    "value.staff": {
        "fi": "henkilöstö",
        "en": "staff",
    },
    "value.attendances": {
        "fi": "käynnit",
        "en": "attendances",
    },
    "value.rate": {
        "fi": "aikayksikköä kohden",
        "en": "rate",
    },
    "value.background": {
        "fi": "taustatieto",
        "en": "background",
    },
    "value.mixed_total": {
        "fi": "eri ryhmien summa",
        "en": "mixed total",
    },
    "value.same_sentence": {
        "fi": "sama virke",
        "en": "same sentence",
    },
    "value.previous_sentence": {
        "fi": "edellinen virke",
        "en": "previous sentence",
    },
    "value.next_sentence": {
        "fi": "seuraava virke",
        "en": "next sentence",
    },
    "value.date": {
        "fi": "ajoitus",
        "en": "date",
    },
    "value.continues": {
        "fi": "jatkaa edellistä muutosta",
        "en": "continues the previous change",
    },
    "value.remote": {
        "fi": "etänä",
        "en": "remote",
    },
    "value.face_to_face": {
        "fi": "kasvokkain",
        "en": "face to face",
    },
    "value.not_stated": {
        "fi": "ei kerrottu",
        "en": "not stated",
    },
    "value.text_share": {
        "fi": "osuus tavoitteesta loppuraportissa",
        "en": "share of the target in the final report",
    },
    # document values of a fixed list (status, organisation type): English pages translate them
    "value.Toiminta päättynyt": {"fi": "Toiminta päättynyt", "en": "closed"},
    "value.Toiminnassa": {"fi": "Toiminnassa", "en": "running"},
    "value.Hakemusvaiheessa": {"fi": "Hakemusvaiheessa", "en": "applying"},
    "value.Kunta": {"fi": "Kunta", "en": "municipality"},
    "value.Kuntayhtymä": {"fi": "Kuntayhtymä", "en": "joint municipal authority"},
    "value.Kunta tai kuntayhtymä": {
        "fi": "Kunta tai kuntayhtymä",
        "en": "municipality or joint municipal authority",
    },
    "value.Valtion virasto tai laitos": {
        "fi": "Valtion virasto tai laitos",
        "en": "state agency or institution",
    },
    "value.Yliopisto": {"fi": "Yliopisto", "en": "university"},
    "value.Ammattikorkeakoulu": {
        "fi": "Ammattikorkeakoulu",
        "en": "university of applied sciences",
    },
    "value.Oppilaitos": {"fi": "Oppilaitos", "en": "educational institution"},
    "value.Muu julkinen organisaatio": {
        "fi": "Muu julkinen organisaatio",
        "en": "other public organisation",
    },
    "value.Säätiö": {"fi": "Säätiö", "en": "foundation"},
    "value.Kansalaisjärjestö": {"fi": "Kansalaisjärjestö", "en": "civil-society organisation"},
    "value.Muu järjestö tai yhdistys": {
        "fi": "Muu järjestö tai yhdistys",
        "en": "other organisation or association",
    },
    "value.Suuryritys": {"fi": "Suuryritys", "en": "large enterprise"},
    "value.Pk-yritys": {"fi": "Pk-yritys", "en": "SME"},
    "value.Mikroyritys": {"fi": "Mikroyritys", "en": "micro-enterprise"},
    "value.Seurakunta": {"fi": "Seurakunta", "en": "parish"},
    # enum values shown in reports
    "value.eu_state": {"fi": "EU ja valtio", "en": "EU and state"},
    "value.public_total": {"fi": "Julkinen yhteensä", "en": "Total public"},
    "value.planned": {"fi": "suunniteltu", "en": "planned"},
    "value.realised": {"fi": "toteutunut", "en": "realised"},
    "value.enterprises": {"fi": "yritykset", "en": "enterprises"},
    "value.persons": {"fi": "henkilöt", "en": "persons"},
    # units of the numbers read from the texts
    "value.clients": {"fi": "asiakkaat", "en": "clients"},
    "value.employees": {"fi": "työntekijät", "en": "employees"},
    "value.volunteers": {"fi": "vapaaehtoiset", "en": "volunteers"},
    "value.organisations": {"fi": "organisaatiot", "en": "organisations"},
    "value.events": {"fi": "tilaisuudet", "en": "events"},
    "value.sessions": {"fi": "kerrat", "en": "sessions"},
    "value.trainings": {"fi": "koulutukset", "en": "trainings"},
    "value.days": {"fi": "päivät", "en": "days"},
    "value.hours": {"fi": "tunnit", "en": "hours"},
    "value.materials": {"fi": "materiaalit", "en": "materials"},
    "value.percent": {"fi": "prosentit", "en": "per cent"},
    # how a number is tied to the word it counts
    "value.after": {"fi": "sana luvun jälkeen", "en": "word after the number"},
    "value.before": {"fi": "sana ennen lukua", "en": "word before the number"},
    "value.group": {"fi": "joukosta", "en": "out of a group"},
    "value.amount": {"fi": "määrä", "en": "amount"},
    "value.shared": {"fi": "edellisen luvun sana", "en": "word of the number before"},
    # area levels, sustainability dimensions, gender-equality questions, reviewed tables
    "value.maakunta": {"fi": "maakunta", "en": "region"},
    "value.seutukunta": {"fi": "seutukunta", "en": "sub-region"},
    "value.kunta": {"fi": "kunta", "en": "municipality"},
    "value.ecological": {"fi": "ekologinen", "en": "ecological"},
    "value.economic": {"fi": "taloudellinen", "en": "economic"},
    "value.social_cultural": {"fi": "sosiaalinen ja kulttuurinen", "en": "social and cultural"},
    "value.context_analysis": {"fi": "toimintaympäristön analyysi", "en": "context analysis"},
    "value.mainstreaming": {"fi": "valtavirtaistaminen", "en": "mainstreaming"},
    "value.main_objective": {"fi": "päätavoite", "en": "main objective"},
    "value.covid_evidence": {"fi": "koronan näyttövirkkeet", "en": "COVID evidence"},
    "value.participant_outcomes": {"fi": "osallistujatulokset", "en": "participant outcomes"},
    "value.plan_summary": {"fi": "Tiivistelmä toteutuksesta", "en": "Plan summary"},
    "value.target_groups_primary": {"fi": "Varsinaiset kohderyhmät", "en": "Primary target groups"},
    "value.target_groups_indirect": {
        "fi": "Välilliset kohderyhmät",
        "en": "Indirect target groups",
    },
    "value.final_report": {"fi": "Loppuraportin tiivistelmä", "en": "Final report summary"},
    "value.error": {"fi": "virhe", "en": "error"},
    "value.warning": {"fi": "varoitus", "en": "warning"},
    "value.true": {"fi": "kyllä", "en": "yes"},
    "value.false": {"fi": "ei", "en": "no"},
    # The command line: help, messages and counts (plural forms: "one" and "other")
    "cli.description": {
        "fi": "EU:n rakennerahastohankkeiden kuvausten toistettava arviointi.",
        "en": "Reproducible evaluation of EU structural-fund project descriptions.",
    },
    "cli.commands": {"fi": "KOMENTO", "en": "COMMAND"},
    "cli.quiet": {
        "fi": "tulosta vain ongelmat ja viimeinen rivi",
        "en": "print only problems and the last line",
    },
    "cli.verbose": {
        "fi": "nimeä myös jokainen tiedosto ja raportti, lyhentämättä",
        "en": "also name every file and report, unabridged",
    },
    "cli.version": {"fi": "näytä versio ja lopeta", "en": "show the version and exit"},
    "cli.parse.help": {
        "fi": "muunna hankekuvaukset siisteiksi taulukoiksi",
        "en": "parse project descriptions into tidy tables",
    },
    "cli.parse.description": {
        "fi": "Lukee jokaisen hankekuvauksen (.txt, .html, .htm) kansiosta --raw tietosopimuksen mukaisiksi taulukoiksi, datapackage.json- ja parse_issues.csv-tiedostoineen.",
        "en": "Parse every project description (.txt, .html, .htm) under --raw into the tidy tables of the data contract, with datapackage.json and parse_issues.csv.",
    },
    "cli.raw": {
        "fi": "hankekuvausten kansio (%(default)s)",
        "en": "folder of documents (%(default)s)",
    },
    "cli.tables_out": {
        "fi": "taulukoiden kansio (%(default)s)",
        "en": "folder for the tables (%(default)s)",
    },
    "cli.strict": {
        "fi": "lopeta tilakoodilla 1, jos yksikin virhe kirjattiin",
        "en": "exit 1 when any error was recorded",
    },
    "cli.contacts": {
        "fi": "kirjoita myös yhteyshenkilöiden nimet, sähköpostit ja puhelinnumerot tiedostoon contacts.csv (henkilötietoja: oletuksena ei)",
        "en": "also write contact persons' names, e-mails and phones to contacts.csv (personal data: off by default)",
    },
    "cli.run.help": {
        "fi": "lue kuvaukset ja tuota jokainen raportti ja hankekortti HTML-muodossa",
        "en": "parse, then render every report and project card as HTML",
    },
    "cli.run.description": {
        "fi": "Lukee kuvaukset, ajaa muistikirjat papermillillä ja tuottaa arvioijille luettavat HTML-sivut kansioon --reports: raportin kustakin analyysimuistikirjasta, kortin kustakin hankkeesta ja etusivun index.html. Muuttumattomat raportit ohitetaan.",
        "en": "Parse the documents, execute the notebooks with papermill and render reviewer-ready HTML into --reports: one report per analysis notebook, one card per project, and index.html. Unchanged reports are skipped.",
    },
    "cli.reports": {"fi": "raporttien kansio (%(default)s)", "en": "output folder (%(default)s)"},
    "cli.projects": {
        "fi": "vain nämä hankkeet (oletus: kaikki)",
        "en": "only these projects (default: all)",
    },
    "cli.lang": {
        "fi": "raporttien kieli tai kielet; ensimmäinen kansioon --reports, toinen kansioon --reports/KIELI, toisiinsa linkitettyinä (oletus: fi)",
        "en": "report language(s); the first into --reports, another into --reports/LANG, each linking to the other (default: fi)",
    },
    "cli.show_code": {"fi": "näytä koodi HTML-sivuilla", "en": "include the code in the HTML"},
    "cli.force": {
        "fi": "aja raportit uudelleen, vaikka mikään ei olisi muuttunut",
        "en": "rerun reports even when unchanged",
    },
    "cli.jobs": {
        "fi": "yhtä aikaa ajettavat muistikirjat (oletus: ytimien määrä, %(default)s)",
        "en": "notebooks run at once (default: number of cores, %(default)s)",
    },
    "cli.parse_jobs": {
        "fi": "yhtä aikaa kuvauksia jäsentävät prosessit (oletus: ytimien määrä, %(default)s)",
        "en": "processes parsing descriptions at once (default: number of cores, %(default)s)",
    },
    "cli.run_strict": {
        "fi": "lopeta tilakoodilla 1, jos kuvauksessa oli virhe tai arviointiriviä ei voitu soveltaa",
        "en": "exit 1 when a document had an error or a review row was not applied",
    },
    "cli.project_list": {
        "fi": "ohjelman hankeluettelo: jokainen hanke suhteessa ohjelmaansa",
        "en": "a programme project-list export: place each project in its programme",
    },
    "cli.review_dir": {
        "fi": "arvioijan ratkaisut (oletus: {folder}, jos se on olemassa)",
        "en": "the evaluator's review decisions (default: {folder} when it exists)",
    },
    "cli.review.help": {
        "fi": "kirjoita työlista koneen tulkinnoista, jotka odottavat ratkaisua, tai yhdistä täytetty lista",
        "en": "write a worksheet of machine readings awaiting a decision, or merge one back",
    },
    "cli.review.description": {
        "fi": "Kirjoittaa työlistan (CSV ja Excel) jokaisesta tekstistä luetusta osallistujatuloksesta ja koronamuutoksesta, jota kukaan arvioija ei ole vielä ratkaissut, näyttölauseineen. Täytä sarake 'decision' (accept, reject, correct) ja yhdistä lista valitsimella --merge; 'analyysi run' soveltaa ratkaisut.",
        "en": "Write a worksheet (CSV and Excel) of every participant outcome and COVID adaptation read from the texts that no evaluator has decided on yet, with the evidence sentence and its neighbours. Fill in 'decision' (accept, reject, correct) and merge it back with --merge; 'analyysi run' then applies the decisions.",
    },
    "cli.tables_in": {"fi": "taulukot (%(default)s)", "en": "the tables (%(default)s)"},
    "cli.review_files": {
        "fi": "ratkaisutiedostot (%(default)s)",
        "en": "the review files (%(default)s)",
    },
    "cli.worksheet_out": {
        "fi": "työlistan kansio (oletus: ratkaisujen kansio)",
        "en": "folder for the worksheet (default: the review folder)",
    },
    "cli.merge": {
        "fi": "täytetyt työlistat (.csv tai .xlsx) lisättäviksi ratkaisuihin",
        "en": "filled worksheet(s), .csv or .xlsx, to add to the review files",
    },
    "cli.import.help": {
        "fi": "tuo ohjelman hankeluettelo (rakennerahastot.fi)",
        "en": "import a programme project-list export (rakennerahastot.fi)",
    },
    "cli.import.description": {
        "fi": "Lukee hankeluettelon (kausien 2007–2013 tai 2014–2020 sarakkeet; UTF-8, Windows-1252, taulukkolaskennan tallentamana tai .xlsx) tiedostoon programme_projects.csv; rivit, joita ei voi lukea, siirretään syineen tiedostoon programme_issues.csv.",
        "en": "Read a project-list export (2007–2013 or 2014–2020 columns; UTF-8, Windows-1252, saved again by a spreadsheet, or .xlsx) into programme_projects.csv; rows that cannot be read are set aside in programme_issues.csv with the reason.",
    },
    "cli.list_file": {"fi": "hankeluettelo (CSV tai .xlsx)", "en": "the export (CSV or .xlsx)"},
    "cli.folder": {"fi": "kansio (%(default)s)", "en": "folder (%(default)s)"},
    "cli.fetch.help": {
        "fi": "lataa hankekuvaukset julkisesta palvelusta",
        "en": "download project descriptions from the public service",
    },
    "cli.fetch.description": {
        "fi": "Lataa kunkin hankkeen kuvaussivun (EURA 2014, projekti.php?projektikoodi=KOODI) kansioon --out nimellä KOODI.html, sivu kerrallaan, luetteloineen (fetch-manifest.csv). Jo ladatut sivut ohitetaan; epäonnistumiset kerrotaan ja muut ladataan silti. Tilakoodi 1, jos jotakin ei saatu.",
        "en": "Download the description page of each project (EURA 2014, projekti.php?projektikoodi=CODE) into --out as CODE.html, one page at a time, with a manifest (fetch-manifest.csv). Pages already there are skipped; failures are reported and the others still fetched. Exit 1 when some could not be fetched.",
    },
    "cli.codes": {"fi": "hankekoodit, esim. S22196", "en": "project codes, e.g. S22196"},
    "cli.from_list": {
        "fi": "ota koodit hankeluettelosta",
        "en": "take the codes from a project-list export",
    },
    "cli.fund": {"fi": "vain tämän rahaston hankkeet", "en": "only this fund's projects"},
    "cli.status": {"fi": "vain päättyneet tai käynnissä olevat", "en": "only closed or running"},
    "cli.base_url": {"fi": "palvelun sivun osoite", "en": "the service's page address"},
    "cli.delay": {"fi": "tauko pyyntöjen välillä (1)", "en": "pause between requests (1)"},
    "cli.refresh": {
        "fi": "lataa uudelleen myös jo ladatut sivut",
        "en": "download pages already here",
    },
    "cli.timeout": {"fi": "pyyntöä kohden", "en": "per request"},
    "cli.max_page": {"fi": "sivua kohden (5)", "en": "per page (5)"},
    "cli.max_file": {
        "fi": "hylkää lukematta tätä suuremmat kuvaustiedostot (oletus: %(default)s Mt)",
        "en": "reject description files larger than this, unread (default: %(default)s MB)",
    },
    "cli.with_examples": {
        "fi": "pidä data/raw-kansion viisi esimerkkikuvausta mukana myös omien kuvaustesi rinnalla (oletuksena ne jätetään pois)",
        "en": "keep the five bundled example descriptions in data/raw when your own documents are beside them (they are left out by default)",
    },
    "cli.max_list": {
        "fi": "hylkää tätä suurempi hankeluettelo, luettuna tai purettuna (oletus: %(default)s Mt)",
        "en": "refuse a project list larger than this, read or unpacked (default: %(default)s MB)",
    },
    "cli.bad_languages": {
        "fi": "{value!r}: kielet ovat {languages} (esim. fi,en)",
        "en": "{value!r}: the languages are {languages} (e.g. fi,en)",
    },
    "cli.not_a_number": {"fi": "{value!r} ei ole luku", "en": "{value!r} is not a number"},
    "cli.more_than_0": {"fi": "oltava suurempi kuin 0", "en": "must be more than 0"},
    "cli.at_least_1": {"fi": "oltava 1 tai enemmän", "en": "must be 1 or more"},
    # messages
    "cli.error": {
        "fi": "analyysi {command}: virhe: {message}",
        "en": "analyysi {command}: error: {message}",
    },
    "cli.interrupted": {
        "fi": "analyysi {command}: keskeytetty",
        "en": "analyysi {command}: interrupted",
    },
    "cli.run_interrupted": {
        "fi": "analyysi run: keskeytetty; valmiit raportit säilyvät, uusi ajo tekee loput",
        "en": "analyysi run: interrupted; finished reports are kept, a rerun does the rest",
    },
    "cli.fetch_interrupted": {
        "fi": "analyysi fetch: keskeytetty; ladatut sivut säilyvät",
        "en": "analyysi fetch: interrupted; what was fetched is kept",
    },
    "cli.not_a_folder": {
        "fi": "{option} {path} ei ole kansio",
        "en": "{option} {path} is not a folder",
    },
    "cli.not_a_file": {"fi": "{path} ei ole tiedosto", "en": "{path} is not a file"},
    "cli.no_codes": {
        "fi": "anna hankekoodit tai --from-list TIEDOSTO",
        "en": "give project codes or --from-list FILE",
    },
    "cli.bad_codes": {
        "fi": "ei hankekoodi (kirjain ja 5–9 numeroa): {codes}; mitään ei ladattu",
        "en": "not a project code (a letter and 5 to 9 digits): {codes}; nothing was fetched",
    },
    "cli.negative_delay": {
        "fi": "--delay ei voi olla negatiivinen",
        "en": "--delay cannot be negative",
    },
    "cli.fetching": {
        "fi": {
            "one": "Ladataan {count} sivu osoitteesta {url} kansioon {out}/…",
            "other": "Ladataan {count} sivua osoitteesta {url} kansioon {out}/…",
        },
        "en": {
            "one": "Fetching {count} page from {url} into {out}/…",
            "other": "Fetching {count} pages from {url} into {out}/…",
        },
    },
    "cli.fetch.ok": {"fi": "ladattu", "en": "ok"},
    "cli.fetch.already_here": {"fi": "jo ladattu", "en": "already here"},
    "cli.fetch.not_found": {"fi": "ei löytynyt", "en": "not found"},
    "cli.fetch.not_a_description": {"fi": "ei hankekuvaus", "en": "not a description"},
    "cli.fetch.too_large": {"fi": "liian suuri", "en": "too large"},
    "cli.fetch.failed": {"fi": "epäonnistui", "en": "failed"},
    "cli.fetch.refused": {"fi": "hylätty", "en": "refused"},
    "cli.fetch_done": {"fi": "Valmis: {counts}", "en": "Done: {counts}"},
    "cli.imported": {
        "fi": "Luettu {file} ({encoding}): tuotuja hankkeita {rows}, sivuun siirrettyjä rivejä {set_aside} (syyt tiedostossa {issues}).",
        "en": "Read {file} ({encoding}): {rows} projects imported, {set_aside} rows set aside (reasons in {issues}).",
    },
    "cli.no_descriptions": {
        "fi": "kansiossa {raw} ei ole hankekuvauksia (.txt, .html, .htm)",
        "en": "no project descriptions (.txt, .html, .htm) under {raw}",
    },
    "cli.found_only": {"fi": "; löytyi vain:", "en": "; found only:"},
    "cli.internal_error": {
        "fi": "analyysi parse: sisäinen virhe, mitään ei kirjoitettu: {message}",
        "en": "analyysi parse: internal error, nothing written: {message}",
    },
    "cli.cannot_write_tables": {
        "fi": "kansioon {out} ei voi kirjoittaa ({message}); sen taulukot jätettiin ennalleen",
        "en": "cannot write to {out} ({message}); the tables there were left as they were",
    },
    "cli.parsed": {
        "fi": {
            "one": "Luettu {count} tiedosto kansiosta {raw} – hankkeita: {projects}, hylättyjä: {rejected}, virheitä: {errors}, varoituksia: {warnings}.",
            "other": "Luettu {count} tiedostoa kansiosta {raw} – hankkeita: {projects}, hylättyjä: {rejected}, virheitä: {errors}, varoituksia: {warnings}.",
        },
        "en": {
            "one": "Parsed {count} file under {raw} – projects: {projects}, rejected: {rejected}, errors: {errors}, warnings: {warnings}.",
            "other": "Parsed {count} files under {raw} – projects: {projects}, rejected: {rejected}, errors: {errors}, warnings: {warnings}.",
        },
    },
    "cli.tables_written": {
        "fi": "Taulukot kansiossa {out}/: {names}",
        "en": "Tables in {out}/: {names}",
    },
    "cli.problems_listed": {
        "fi": "Ongelmat on lueteltu tiedostossa {path}.",
        "en": "Problems are listed in {path}.",
    },
    "cli.more_files": {
        "fi": "  … ja {count} muuta (kaikki tiedostossa parse_issues.csv; -v nimeää ne)",
        "en": "  … and {count} more (all in parse_issues.csv; -v names them)",
    },
    "cli.parsing": {"fi": "Luetaan kuvauksia…", "en": "Parsing documents…"},
    "cli.parse_unchanged": {
        "fi": "Kuvaukset ennallaan edellisestä ajosta: taulukot kansiossa {out}/ ovat ajan tasalla.",
        "en": "The documents are as in the last run: the tables in {out}/ are current.",
    },
    "cli.parsing_bar": {"fi": "  Luetaan", "en": "  Parsing"},
    "cli.reports_bar": {"fi": "  Raportit ({language})", "en": "  Reports ({language})"},
    "cli.list_removed": {
        "fi": "Poistettu {path}: tälle ajolle ei annettu hankeluetteloa (--project-list)",
        "en": "Removed {path}: this run was given no --project-list",
    },
    "cli.cannot_write_reports": {
        "fi": "raportteja ei voi kirjoittaa ({message})",
        "en": "cannot write the reports ({message})",
    },
    "cli.reports_unchanged": {
        "fi": "Raportit ({languages}) ennallaan edellisestä ajosta: kaikki on ajan tasalla (--force ajaa ne uudelleen).",
        "en": "The reports ({languages}) are as in the last run: all are current (--force renders them again).",
    },
    "cli.done": {
        "fi": "Valmis {seconds} sekunnissa: avaa {index}",
        "en": "Done in {seconds} s: open {index}",
    },
    "cli.reports_failed": {
        "fi": {
            "one": "analyysi run: {count} raportti epäonnistui: {names}",
            "other": "analyysi run: {count} raporttia epäonnistui: {names}",
        },
        "en": {
            "one": "analyysi run: {count} report failed: {names}",
            "other": "analyysi run: {count} reports failed: {names}",
        },
    },
    "cli.strict_failed": {
        "fi": "analyysi run: --strict: virheitä kuvauksissa {errors} ({issues}), soveltamattomia arviointirivejä {refused}",
        "en": "analyysi run: --strict: {errors} error(s) in the documents ({issues}), {refused} review row(s) not applied",
    },
    "cli.reviews_applied": {
        "fi": "Arvioijan ratkaisuja sovellettu kansiosta {folder}/: {count}.",
        "en": "Review decisions in {folder}/ applied: {count}.",
    },
    "cli.reviews_refused": {
        "fi": {
            "one": "{count} arviointiriviä ei sovellettu kirjoitetulla tavalla (lueteltu tiedostossa {path}):",
            "other": "{count} arviointiriviä ei sovellettu kirjoitetulla tavalla (lueteltu tiedostossa {path}):",
        },
        "en": {
            "one": "{count} review row not applied as written (listed in {path}):",
            "other": "{count} review rows not applied as written (listed in {path}):",
        },
    },
    "run.rendering": {
        "fi": {
            "one": "Tuotetaan raportit ({language}) kansioon {folder}/, {count} työ kerrallaan…",
            "other": "Tuotetaan raportit ({language}) kansioon {folder}/, {count} työtä kerrallaan…",
        },
        "en": {
            "one": "Rendering reports ({language}) into {folder}/ with {count} job…",
            "other": "Rendering reports ({language}) into {folder}/ with {count} jobs…",
        },
    },
    "run.unchanged": {
        "fi": {
            "one": "  {count} raportti ennallaan edellisestä ajosta (--force ajaa sen uudelleen)",
            "other": "  {count} raporttia ennallaan edellisestä ajosta (--force ajaa ne uudelleen)",
        },
        "en": {
            "one": "  {count} report unchanged since the last run (use --force to rerun it)",
            "other": "  {count} reports unchanged since the last run (use --force to rerun them)",
        },
    },
    "run.reading": {
        "fi": "Luetaan tekstejä: osallistujaluvut ja koronamuutokset…",
        "en": "Reading the texts: participant figures and COVID evidence…",
    },
    "run.other_data_above": {
        "fi": "  {index} on muusta aineistosta ja linkittää yhä tänne: tuota molemmat kielet samassa ajossa (--lang fi,en)",
        "en": "  {index} is of other data and still links here: render both languages in one run (--lang fi,en)",
    },
    "run.document_failed": {
        "fi": "  Word-asiakirjaa {file} ei voitu kirjoittaa: {error}",
        "en": "  Could not write the Word document {file}: {error}",
    },
    "run.other_language_removed": {
        "fi": "  Poistettu {folder}/: aiempien syötteiden raportit toisella kielellä",
        "en": "  Removed {folder}/: reports of earlier inputs in the other language",
    },
    "cli.and_more": {"fi": "  … ja {count} muuta", "en": "  … and {count} more"},
    "cli.merge_refused": {
        "fi": "  tiedostossa {target} on rivejä, jotka eivät täsmää (yllä): siihen ei yhdistetty mitään; korjaa ne ja yhdistä uudelleen",
        "en": "  {target} has rows that do not check out (above): nothing was merged into it; correct them and merge again",
    },
    "cli.merge_partly": {
        "fi": "  yllä olevia rivejä ei yhdistetty; muut yhdistettiin",
        "en": "  the rows above were not merged; the others were",
    },
    "cli.merged": {
        "fi": "{path}: kansioon {folder}/ lisättyjä ratkaisuja {added}, korvattuja {replaced}",
        "en": "{path}: in {folder}/, decisions added: {added}, replaced: {replaced}",
    },
    "cli.no_decisions": {
        "fi": "{path}: ei ratkaistuja rivejä (täytä sarake 'decision')",
        "en": "{path}: no decided rows (fill in the 'decision' column)",
    },
    "cli.apply_decisions": {
        "fi": "Sovella ratkaisut komennolla 'make report' (tai 'analyysi run').",
        "en": "Apply the decisions with 'make report' (or 'analyysi run').",
    },
    "cli.no_analysis_tables": {
        "fi": "kansiossa {folder} ei ole analyysitaulukoita; aja ensin 'analyysi run'",
        "en": "no analysis tables in {folder}; run 'analyysi run' first",
    },
    "cli.waiting": {
        "fi": "Odottaa ratkaisua: {waiting}.",
        "en": "Waiting for a decision: {waiting}.",
    },
    "cli.worksheet": {"fi": "Työlista: {files}", "en": "Worksheet: {files}"},
    "cli.fill_in": {
        "fi": "Täytä sarake 'decision' ja yhdistä: analyysi review --merge TIEDOSTO",
        "en": "Fill in 'decision' and merge it back: analyysi review --merge FILE",
    },
    # data-quality issues (report.issues)
    "issue.untranslated": {"fi": "(englanniksi) {message}", "en": "{message}"},
    "issue.field.file": {"fi": "tiedosto", "en": "file"},
    "issue.field.section": {"fi": "osio {section}", "en": "section {section}"},
    "table.projects": {"fi": "Hanke", "en": "Project"},
    "table.funding": {"fi": "Rahoitus", "en": "Funding"},
    "table.areas": {"fi": "Alueet", "en": "Areas"},
    "table.indicators": {"fi": "Osallistujat", "en": "Participants"},
    "table.organisations": {"fi": "Toteuttajat", "en": "Implementers"},
    "table.texts": {"fi": "Tekstit", "en": "Texts"},
    "table.gender_equality": {"fi": "Tasa-arvo", "en": "Gender equality"},
    "table.sustainability": {"fi": "Kestävä kehitys", "en": "Sustainable development"},
    # data-quality issue messages: the English of each is its message in parse_issues.csv,
    # review_issues.csv or programme_issues.csv (report.issues.PATTERNS reads them back)
    "issue.at_line": {"fi": "(rivi {line})", "en": "(line {line})"},
    "issue.quoted": {"fi": "”{words}”", "en": "{words}"},
    "issue.value.not_amount": {
        "fi": "{label}: ei ole euromäärä (odotettiin esim. '43 005' tai '17 743,48'); asiakirjassa {raw}",
        "en": "{label}: not a euro amount (expected e.g. '43 005' or '17 743,48'); raw value {raw}",
    },
    "issue.value.large_amount": {
        "fi": "{label}: epäuskottavan suuri summa (biljoona euroa tai enemmän); asiakirjassa {raw}",
        "en": "{label}: implausibly large amount (a trillion euros or more); raw value {raw}",
    },
    "issue.value.not_count": {
        "fi": "{label}: ei ole kokonaisluku; asiakirjassa {raw}",
        "en": "{label}: not a whole number; raw value {raw}",
    },
    "issue.value.large_count": {
        "fi": "{label}: epäuskottavan suuri lukumäärä (yli miljardi); asiakirjassa {raw}",
        "en": "{label}: implausibly large count (over a billion); raw value {raw}",
    },
    "issue.value.score": {
        "fi": "{label}: pisteet eivät ole välillä 0–10; asiakirjassa {raw}",
        "en": "{label}: score outside 0–10; raw value {raw}",
    },
    "issue.value.not_date": {
        "fi": "{label}: ei ole päivämäärä muodossa p.k.vvvv; asiakirjassa {raw}",
        "en": "{label}: not a date d.m.yyyy; raw value {raw}",
    },
    "issue.value.year": {
        "fi": "{label}: vuosi {year} ei ole välillä {first}–{last}; asiakirjassa {raw}",
        "en": "{label}: year {year} outside {first}–{last}; raw value {raw}",
    },
    "issue.value.calendar": {
        "fi": "{label}: ei ole kalenterin päivämäärä ({python}); asiakirjassa {raw}",
        "en": "{label}: not a calendar date ({python}); raw value {raw}",
    },
    "issue.value.not_period": {
        "fi": "{label}: ei ole toteutusaika muodossa 'Alkaa p.k.vvvv ja päättyy p.k.vvvv'; asiakirjassa {raw}",
        "en": "{label}: not a period 'Alkaa d.m.yyyy ja päättyy d.m.yyyy'; raw value {raw}",
    },
    "issue.value.not_business_id": {
        "fi": "{label}: ei ole Y-tunnus (odotettiin muotoa 1234567-8); asiakirjassa {raw}",
        "en": "{label}: not a Y-tunnus (expected 1234567-8); raw value {raw}",
    },
    "issue.value.not_yes_no": {
        "fi": "{label}: ei ole Kyllä tai Ei; asiakirjassa {raw}",
        "en": "{label}: not Kyllä or Ei; raw value {raw}",
    },
    "issue.value.not_numbered": {
        "fi": "{label}: ei ole numeroitu nimi (odotettiin esim. '10.1. Nimi'); asiakirjassa {raw}",
        "en": "{label}: not a numbered name (expected e.g. '10.1. Name'); raw value {raw}",
    },
    "issue.python.month": {"fi": "kuukausi ei ole välillä 1–12", "en": "month must be in 1..12"},
    "issue.python.day": {
        "fi": "kuukaudessa ei ole näin monta päivää",
        "en": "day is out of range for month",
    },
    "issue.python.year": {"fi": "vuosi {year} ei kelpaa", "en": "year {year} is out of range"},
    "issue.unusual_code": {
        "fi": "Hankekoodi {code} on tavallisesta poikkeava",
        "en": "unusual project code {code}",
    },
    "issue.no_fund": {
        "fi": "Otsikkorivi ei kerro rahastoa (esim. '(ESR)')",
        "en": "no title line naming the fund, e.g. '(ESR)'",
    },
    "issue.heading_out_of_order": {
        "fi": "Otsikko {heading} on väärässä järjestyksessä; sen osio luetaan silti",
        "en": "heading {heading} out of order; its section is read all the same",
    },
    "issue.heading_repeated": {
        "fi": "Otsikko {heading} toistuu; toistuma luetaan tekstinä",
        "en": "heading {heading} repeated; read as text",
    },
    "issue.section_other_fund": {
        "fi": "Osiota '{number} {title}' ei ole tällä {fund}-sivulla (se on ESR:n indikaattori)",
        "en": "section '{number} {title}' is not on this {fund} page (an ESF indicator)",
    },
    "issue.section_missing": {
        "fi": "Osio '{number} {title}' puuttuu",
        "en": "section '{number} {title}' is missing",
    },
    "issue.label_repeated": {
        "fi": "Kenttä {label} toistuu eri arvolla (rivit {first} ja {second}); arvo jätetään tyhjäksi",
        "en": "label {label} repeated with another value (lines {first} and {second}); the value is left empty",
    },
    "issue.unrecognised_personal": {
        "fi": "Tunnistamaton rivi ohitettu (sitä ei näytetä, koska osiossa on henkilötietoja)",
        "en": "unrecognised line ignored: (not shown: this section holds personal data)",
    },
    "issue.unrecognised": {
        "fi": "Tunnistamaton rivi ohitettu: {line}",
        "en": "unrecognised line ignored: {line}",
    },
    "issue.label_missing": {
        "fi": "Kenttää {label} ei löytynyt; sen arvo jää tyhjäksi",
        "en": "label {label} not found; its value is left empty",
    },
    "issue.co_heading_repeated": {
        "fi": "Otsikko 'Osatoteuttajat' toistuu; toistuma ohitetaan",
        "en": "'Osatoteuttajat' heading repeated; ignored",
    },
    "issue.co_heading_empty": {
        "fi": "Otsikon 'Osatoteuttajat' alla ei ole yhtään osatoteuttajaa",
        "en": "'Osatoteuttajat' heading without entries",
    },
    "issue.co_no_business_id": {
        "fi": "Osatoteuttajat: pilkun jälkeen ei ole Y-tunnusta; asiakirjassa {raw}",
        "en": "Osatoteuttajat: no Y-tunnus after a comma; raw value {raw}",
    },
    "issue.indicator_repeated": {
        "fi": "Indikaattori {label} toistuu; se luetaan uudelleen",
        "en": "indicator {label} repeated; read again",
    },
    "issue.indicator_other": {
        "fi": "Indikaattori {label} ei ole ESR:n indikaattori (7.1, 7.2): se luetaan nimineen",
        "en": "indicator {label} is not one of the ESF indicators (7.1, 7.2): read with its label",
    },
    "issue.no_answer": {
        "fi": "{question}: kysymyksen jälkeen ei ole vastausta (Kyllä tai Ei)",
        "en": "{question}: no answer (Kyllä or Ei) after the question",
    },
    "issue.criterion_repeated": {
        "fi": "Kriteeri {name} toistuu (ensimmäisen kerran rivillä {first}); tämä rivi ohitetaan",
        "en": "criterion {name} repeated (first on line {first}); this line is ignored",
    },
    "issue.two_scores": {
        "fi": "{name}: odotettiin kahta pistemäärää (välitön, välillinen); asiakirjassa {raw}",
        "en": "{name}: expected two scores (direct, indirect); raw value {raw}",
    },
    "issue.criteria_missing": {
        "fi": "Kestävän kehityksen kriteerejä puuttuu ({num_missing}/{num_total}): {names}",
        "en": "{num_missing} of the {num_total} sustainability criteria not found: {names}",
    },
    "issue.term.eu_state": {"fi": "EU- ja valtion rahoitus", "en": "EU and state funding"},
    "issue.term.public": {"fi": "julkinen rahoitus", "en": "public funding"},
    "issue.term.enterprises": {"fi": "yritysten määrä", "en": "enterprises"},
    "issue.term.persons": {"fi": "henkilöiden määrä", "en": "persons"},
    "issue.term.other": {"fi": "indikaattorin arvo", "en": "other"},
    "issue.realised_above_planned_funding": {
        "fi": "Toteutunut {term} {eur_realised} € on suurempi kuin suunniteltu {eur_planned} € (rivi {line})",
        "en": "realised {term} {eur_realised} € is above planned {eur_planned} € (line {line})",
    },
    "issue.eu_state_above_total_planned": {
        "fi": "Suunniteltu EU- ja valtion rahoitus {eur_part} € on suurempi kuin suunniteltu julkinen rahoitus yhteensä {eur_total} € (rivi {line})",
        "en": "planned EU and state funding {eur_part} € is above planned total public funding {eur_total} € (line {line})",
    },
    "issue.eu_state_above_total_realised": {
        "fi": "Toteutunut EU- ja valtion rahoitus {eur_part} € on suurempi kuin toteutunut julkinen rahoitus yhteensä {eur_total} € (rivi {line})",
        "en": "realised EU and state funding {eur_part} € is above realised total public funding {eur_total} € (line {line})",
    },
    "issue.realised_above_planned_indicator": {
        "fi": "Toteutunut {term} {num_realised} on suurempi kuin suunniteltu {num_planned} (rivi {line})",
        "en": "realised {term} {num_realised} is above planned {num_planned} (line {line})",
    },
    "issue.check_digit": {
        "fi": "Y-tunnuksen {business_id} tarkistusnumero on väärä",
        "en": "Y-tunnus {business_id} has a wrong check digit",
    },
    "issue.end_before_start": {
        "fi": "Suunniteltu päättymispäivä {date_end} on ennen suunniteltua alkamispäivää {date_start}",
        "en": "planned end {date_end} is before planned start {date_start}",
    },
    "issue.no_final_report": {
        "fi": "Hanke on päättynyt ({status}), mutta siitä ei ole loppuraportin tiivistelmää (osio 9): sen tuloksia ja koronan aikaisia muutoksia ei voi lukea; sivu voi olla katkennut",
        "en": "the project is closed ({status}) but has no final-report summary (section 9): its outcomes and COVID adaptations cannot be read; the page may be cut short",
    },
    "issue.kind.pdf": {
        "fi": "PDF-tiedosto; hankekuvaukset ovat verkkosivuja eivätkä PDF-tiedostoja: hae sivu komennolla `analyysi fetch KOODI` tai tallenna se selaimesta .html- tai .txt-tiedostoksi",
        "en": "a PDF; project descriptions are web pages, not PDFs: fetch the page with `analyysi fetch CODE`, or save it from the browser as .html or .txt",
    },
    "issue.kind.word": {
        "fi": "tekstinkäsittelyasiakirja: tallenna se pelkkänä tekstinä (.txt, UTF-8), hae sivu komennolla `analyysi fetch KOODI` tai tallenna sivu selaimesta .html- tai .txt-tiedostoksi",
        "en": "a word-processor document: save it as plain text (.txt, UTF-8), or fetch the page with `analyysi fetch CODE`, or save it from the browser as .html or .txt",
    },
    "issue.kind.spreadsheet": {
        "fi": "taulukko tai luettelo eikä hankekuvaus; ohjelman hankeluettelo annetaan komennolla `analyysi run --project-list TIEDOSTO`",
        "en": "a spreadsheet or list, not a description; a programme project list is given with `analyysi run --project-list FILE`",
    },
    "issue.kind.web_archive": {
        "fi": "verkkoarkisto: tallenna sivu muodossa ”Verkkosivu, vain HTML” (.html) tai tekstinä (.txt)",
        "en": "a web archive: save the page as 'Web page, HTML only' (.html), or as text (.txt)",
    },
    "issue.kind.image": {
        "fi": "kuva; hankekuvaus luetaan sen tekstistä: hae sivu komennolla `analyysi fetch KOODI` tai tallenna se selaimesta .html- tai .txt-tiedostoksi",
        "en": "an image; a description is read from its text: fetch the page with `analyysi fetch CODE`, or save it from the browser as .html or .txt",
    },
    "issue.kind.archive": {
        "fi": "pakattu arkisto: pura se tai tallenna sen hankekuvaukset kansioon .txt- tai .html-tiedostoina",
        "en": "an archive: unpack it, or save its descriptions as .txt or .html into the folder",
    },
    "issue.kind.utf16": {
        "fi": "UTF-16-tekstiä ilman tavujärjestysmerkkiä: avaa tiedosto ja tallenna se uudelleen UTF-8-muodossa (Muistiossa: Tallenna nimellä, Koodaus UTF-8)",
        "en": "UTF-16 text without a byte-order mark: open it and save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8)",
    },
    "issue.kind.binary": {
        "fi": "binääridataa: tallenna hankekuvaus tekstinä (.txt, UTF-8) tai verkkosivuna (.html)",
        "en": "binary data: save the description as text (.txt, UTF-8) or as a web page (.html)",
    },
    "issue.kind.other": {
        "fi": "vain .txt-, .html- ja .htm-tiedostot ovat hankekuvauksia",
        "en": "only .txt, .html and .htm files are descriptions",
    },
    "issue.file.hidden_folder": {
        "fi": "Ei luettu: piilotettu kansio",
        "en": "not read: a hidden folder",
    },
    "issue.file.folder_link": {
        "fi": "Ei luettu: linkki kansioon",
        "en": "not read: a link to a folder",
    },
    "issue.file.hidden_file": {
        "fi": "Ei luettu: piilotettu tiedosto",
        "en": "not read: a hidden file",
    },
    "issue.file.example_left_out": {
        "fi": "Ei luettu: yksi ohjelman mukana tulevista esimerkkikuvauksista; jätetty pois, koska sen vieressä on omia asiakirjojasi (--with-examples ottaa sen mukaan)",
        "en": "not read: one of the bundled example descriptions, left out because your own documents are beside it (--with-examples keeps it)",
    },
    "issue.file.not_read": {"fi": "Ei luettu: {kind}", "en": "not read: {kind}"},
    "issue.file.duplicate_more_complete": {
        "fi": "Hylätty: hankekoodi {code} on myös tiedostossa {kept}, joka on täydellisempi (puuttuvia osioita siinä {num_there}, tässä {num_here}); tiedostoa {other} ei käytetä",
        "en": "rejected: project code {code} is also in {kept}, which is more complete ({num_there} sections missing there, {num_here} here); {other} is not used",
    },
    "issue.file.duplicate_first": {
        "fi": "Hylätty: hankekoodi {code} on myös tiedostossa {kept}, joka on yhtä täydellinen ja ensin nimijärjestyksessä; tiedostoa {other} ei käytetä",
        "en": "rejected: project code {code} is also in {kept}, which is as complete and comes first by name; {other} is not used",
    },
    "issue.file.duplicate_fewer_errors": {
        "fi": "Hylätty: hankekoodi {code} on myös tiedostossa {kept}, jossa on samat osiot mutta vähemmän virheitä tai enemmän arvoja; tiedostoa {other} ei käytetä",
        "en": "rejected: project code {code} is also in {kept}, which has the same sections with fewer errors or more values; {other} is not used",
    },
    "issue.file.not_regular": {
        "fi": "Hylätty: ei tavallinen tiedosto (rikkinäinen linkki, nimetty putki tai laite)",
        "en": "rejected: not a regular file (a broken link, a pipe or a device)",
    },
    "issue.file.too_large": {
        "fi": "Hylätty: tiedoston koko on {num_size} Mt, ja raja on {num_limit} Mt (hankekuvaus on selvästi alle 1 Mt; rajaa voi nostaa valitsimella --max-file-mb)",
        "en": "rejected: file is {num_size} MB, larger than the {num_limit} MB limit (a description is well under 1 MB; raise the limit with --max-file-mb)",
    },
    "issue.file.bad_utf16": {
        "fi": "Hylätty: tiedosto alkaa kuin UTF-16-teksti mutta ei ole sitä: avaa se ja tallenna uudelleen UTF-8-muodossa",
        "en": "rejected: file starts as UTF-16 text but is not: open it and save it again as UTF-8",
    },
    "issue.file.empty": {"fi": "Hylätty: tiedosto on tyhjä", "en": "rejected: file is empty"},
    "issue.file.not_text": {
        "fi": "Hylätty: tiedosto ei ole tekstiä vaan {kind}",
        "en": "rejected: file is not text but {kind}",
    },
    "issue.file.empty_page": {
        "fi": "Hylätty: verkkosivulla ei ole tekstiä",
        "en": "rejected: web page without text",
    },
    "issue.file.unreadable": {
        "fi": "Hylätty: tiedostoa ei voi lukea ({oserror})",
        "en": "rejected: cannot be read ({oserror})",
    },
    "issue.os.permission": {"fi": "ei käyttöoikeutta", "en": "Permission denied"},
    "issue.os.missing": {"fi": "tiedostoa tai kansiota ei ole", "en": "No such file or directory"},
    "issue.os.directory": {"fi": "se on kansio", "en": "Is a directory"},
    "issue.os.io": {"fi": "siirräntävirhe", "en": "Input/output error"},
    "issue.os.loop": {
        "fi": "liian monta symbolista linkkiä peräkkäin",
        "en": "Too many levels of symbolic links",
    },
    "issue.file.no_code": {
        "fi": "Hylätty: ei hankekuvaus, koska siitä puuttuu hankekoodi (Hankekoodi)",
        "en": "rejected: not a project description (no project code (Hankekoodi))",
    },
    "issue.file.no_sections": {
        "fi": "Hylätty: ei hankekuvaus, koska siinä ei ole yhtään tunnettua osio-otsikkoa",
        "en": "rejected: not a project description (no known section headings)",
    },
    "issue.file.no_code_no_sections": {
        "fi": "Hylätty: ei hankekuvaus, koska siitä puuttuu hankekoodi (Hankekoodi) eikä siinä ole yhtään tunnettua osio-otsikkoa",
        "en": "rejected: not a project description (no project code (Hankekoodi) and no known section headings)",
    },
    "issue.file.several_projects": {
        "fi": "Hylätty: tiedostossa on useampi kuin yksi hankekuvaus ({lines}); tallenna kukin hanke omaan tiedostoonsa",
        "en": "rejected: holds more than one project description ({lines}); put each project in a file of its own",
    },
    "issue.file.bad_code": {
        "fi": "Hylätty: kentän Hankekoodi arvo rivillä {line} ei ole hankekoodi: {code}",
        "en": "rejected: Hankekoodi on line {line} is not a project code: {code}",
    },
    "issue.file.mixed_encoding": {
        "fi": "Tiedosto ei ole kokonaan UTF-8-koodattu: tavut, jotka eivät ole UTF-8-koodia (ensimmäiset tällä rivillä), luettiin Windows-1252-merkistönä; tarkista rivin merkit",
        "en": "not all UTF-8: bytes that are not UTF-8 (first on this line) were read as Windows-1252; check the characters there",
    },
    "issue.file.contract": {
        "fi": "Hylätty: arvo rikkoo tietosopimuksen taulussa {table} ({summary}); tämä on virhe analyysi-ohjelmassa: ilmoita siitä ja liitä mukaan tämä tiedosto",
        "en": "rejected: a value breaks the data contract in {table} ({summary}); this is a bug in analyysi, please report it with this file",
    },
    "issue.review_table.participant_outcomes": {
        "fi": "Osallistujatulokset",
        "en": "Participant outcomes",
    },
    "issue.review_table.covid_evidence": {"fi": "Koronamuutosten näyttö", "en": "COVID evidence"},
    "issue.review.too_large": {
        "fi": "Ei luettu: tiedostossa on {bytes_size} tavua, ja raja on {bytes_limit} tavua",
        "en": "not read: {bytes_size} bytes, over the {bytes_limit}-byte limit",
    },
    "issue.review.missing_columns": {
        "fi": "Ei luettu: tiedostosta puuttuu sarakkeita: {headers}",
        "en": "not read: missing column(s) {headers}",
    },
    "issue.review.key_incomplete": {
        "fi": "Rivin avain ({headers}) on puutteellinen",
        "en": "the key ({headers}) is incomplete",
    },
    "issue.review.bad_decision": {
        "fi": "Päätös {decision} ei ole mikään näistä: {choices}",
        "en": "decision {decision} is not one of {choices}",
    },
    "issue.review.correction_not_wanted": {
        "fi": "Sarake {header} on täytetty, vaikka päätös on {decision}",
        "en": "{header} is given but the decision is {decision}",
    },
    "issue.review.bad_sentence_index": {
        "fi": "Sarakkeen sentence_index arvo ei ole kokonaisluku",
        "en": "sentence_index is not a whole number",
    },
    "issue.review.second_decision": {
        "fi": "Toinen päätös samalle riville (ensimmäinen on rivillä {first}); tämä myöhempi otetaan käyttöön",
        "en": "a second decision for this row (the first is on line {first}); this later one is applied",
    },
    "issue.review.bad_value": {
        "fi": "Arvo {value} ei ole osallistujien lukumäärä (kokonaisluku) eikä tila ({statuses})",
        "en": "value {value} is neither a whole number of participants nor a status ({statuses})",
    },
    "issue.review.unknown_categories": {
        "fi": "Tuntemattomia luokkia: {categories} (tunnetut: {known})",
        "en": "unknown categories {categories} (known: {known})",
    },
    "issue.review.stale_changed": {
        "fi": "Vanhentunut (stale): rivi on muuttunut tarkistuksen jälkeen (asiakirja tai sen lukema on toinen); tarkista se uudelleen",
        "en": "stale: the row has changed since it was reviewed (the document or the reading is different); review it again",
    },
    "issue.review.unverified": {
        "fi": "Varmentamaton (unverified): päätöksiä ilman sormenjälkeä: {num_decisions}. Ne on sovellettu pelkän avaimen perusteella, joten asiakirjan muutosta niiden jälkeen ei voi havaita; työkirjan (analyysi review) kautta kirjatuissa päätöksissä sormenjälki on mukana",
        "en": "unverified: {num_decisions} decision(s) carry no fingerprint and were applied by key alone, so a change of the document since they were made cannot be detected; decisions written through the worksheet (analyysi review) carry one",
    },
    "issue.review.stale_gone": {
        "fi": "Vanhentunut (stale): tauluissa ei ole tällaista riviä (asiakirja on muuttunut tai poistunut, tai avain on kirjoitettu väärin); ei sovellettu",
        "en": "stale: no such row in the tables (the document changed or is gone, or the key is mistyped); not applied",
    },
    "issue.programme.duplicate": {
        "fi": "Hankekoodi {code} on jo rivillä {row}",
        "en": "project code {code} already on row {row}",
    },
    "issue.programme.not_a_list": {
        "fi": "Ei hankeluettelo: otsikkoriviltä puuttuvat sarakkeet {columns}",
        "en": "not a project list: no column(s) {columns} in the header",
    },
    "issue.programme.not_code": {
        "fi": "Ei hankekoodi (kirjain ja 5–9 numeroa): {code}",
        "en": "not a project code (a letter and 5 to 9 digits): {code}",
    },
    "issue.programme.not_fund": {
        "fi": "Ei rahasto (ESR, EAKR): {fund}",
        "en": "not a fund (ESR, EAKR): {fund}",
    },
    "issue.programme.no_name": {"fi": "Hankkeen nimi puuttuu", "en": "empty project name"},
    "issue.programme.not_date": {
        "fi": "Sarakkeessa {column} ei ole päivämäärää (p.k.vvvv): {raw}",
        "en": "{column} is not a date (d.m.yyyy): {raw}",
    },
    "issue.programme.not_amount": {
        "fi": "Sarakkeessa {column} ei ole rahamäärää: {raw}",
        "en": "{column} is not an amount: {raw}",
    },
    "issue.programme.amount_guess": {
        "fi": "Sarakkeen {column} arvoa ei voi lukea rahamääräksi arvaamatta: {raw}",
        "en": "{column} cannot be read as an amount without guessing: {raw}",
    },
    "issue.programme.few_fields": {
        "fi": "Kenttiä on liian vähän ({num_fields})",
        "en": "too few fields ({num_fields})",
    },
    "issue.programme.first_not_code": {
        "fi": "Ensimmäinen kenttä ei ole hankekoodi (kirjain ja 5–9 numeroa): {code}",
        "en": "first field is not a project code (a letter and 5 to 9 digits): {code}",
    },
    "issue.programme.second_not_fund": {
        "fi": "Toinen kenttä ei ole rahasto (ESR, EAKR): {fund}",
        "en": "second field is not a fund (ESR, EAKR): {fund}",
    },
    "issue.programme.last_not_amounts": {
        "fi": "Neljä viimeistä kenttää eivät ole rahamääriä: {fields}",
        "en": "the last four fields are not amounts: {fields}",
    },
    "issue.programme.decimal_commas": {
        "fi": "Rivin lopussa on peräkkäisiä lukuja: {num_numbers}. Desimaalipilkullisia rahamääriä ei voi erottaa toisistaan pilkuin erotetussa luettelossa (tallenna luettelo puolipistein erotettuna tai .xlsx-muodossa)",
        "en": "{num_numbers} numbers at the end of the line: amounts with decimal commas cannot be told apart in a comma-separated list (save it as semicolon-separated or .xlsx)",
    },
    "issue.programme.no_dates": {
        "fi": "Riviltä ei löytynyt alkamis- ja päättymispäivän paria",
        "en": "no single pair of start and end dates found",
    },
    "issue.programme.dates_ambiguous": {
        "fi": "Alkamis- ja päättymispäivää ei voi tunnistaa yksiselitteisesti",
        "en": "dates ambiguous",
    },
    "issue.programme.no_axis": {
        "fi": "Ennen viranomaista ei ole toimintalinjaa (numeroa)",
        "en": "no priority axis (a number) before the authority",
    },
    "issue.programme.no_section": {
        "fi": "Ennen toimintalinjaa ei ole ohjelman osiota",
        "en": "no programme section before the priority axis",
    },
    "issue.programme.calendar": {
        "fi": "Ei ole kalenterin päivämäärä: {raw}",
        "en": "not a calendar date: {raw}",
    },
    "issue.programme.iso_month": {
        "fi": "Kuukausi ei ole välillä 1–12",
        "en": "month must be in 1..12",
    },
    "issue.programme.iso_day": {
        "fi": "Kuukaudessa ei ole näin monta päivää",
        "en": "day is out of range for month",
    },
    "issue.programme.iso_year": {
        "fi": "Vuosi {year} ei kelpaa",
        "en": "year {year} is out of range",
    },
    # the kinds of set-aside reasons the programme report counts (analyses.programme.set_aside)
    "issue.kind_of.duplicate": {
        "fi": "Hankekoodi on jo aiemmalla rivillä",
        "en": "project code … already on row N",
    },
    "issue.kind_of.not_a_list": {
        "fi": "Ei hankeluettelo: otsikkoriviltä puuttuu sarakkeita",
        "en": "not a project list: columns missing in the header",
    },
    "issue.kind_of.not_code": {"fi": "Ei hankekoodi", "en": "not a project code"},
    "issue.kind_of.not_fund": {"fi": "Ei rahasto", "en": "not a fund"},
    "issue.kind_of.not_date": {
        "fi": "Sarakkeessa {column} ei ole päivämäärää",
        "en": "{column} is not a date",
    },
    "issue.kind_of.not_amount": {
        "fi": "Sarakkeessa {column} ei ole rahamäärää",
        "en": "{column} is not an amount",
    },
    "issue.kind_of.amount_guess": {
        "fi": "Sarakkeen {column} arvoa ei voi lukea rahamääräksi arvaamatta",
        "en": "{column} cannot be read as an amount without guessing",
    },
    "issue.kind_of.few_fields": {"fi": "Kenttiä on liian vähän", "en": "too few fields"},
    "issue.kind_of.first_not_code": {
        "fi": "Ensimmäinen kenttä ei ole hankekoodi",
        "en": "first field is not a project code",
    },
    "issue.kind_of.second_not_fund": {
        "fi": "Toinen kenttä ei ole rahasto",
        "en": "second field is not a fund",
    },
    "issue.kind_of.last_not_amounts": {
        "fi": "Neljä viimeistä kenttää eivät ole rahamääriä",
        "en": "the last four fields are not amounts",
    },
    "issue.kind_of.decimal_commas": {
        "fi": "Rivin lopussa on liikaa lukuja: desimaalipilkullisia rahamääriä ei voi erottaa toisistaan pilkuin erotetussa luettelossa",
        "en": "N numbers at the end of the line: amounts with decimal commas cannot be told apart in a comma-separated list",
    },
    "issue.kind_of.no_axis": {
        "fi": "Ennen viranomaista ei ole toimintalinjaa",
        "en": "no priority axis before the authority",
    },
    "issue.kind_of.calendar": {"fi": "Ei ole kalenterin päivämäärä", "en": "not a calendar date"},
    "issue.kind_of.iso_year": {"fi": "Vuosi ei kelpaa", "en": "year N is out of range"},
}


def number(value: float, lang: str, decimals: int = 0) -> str:
    """A number for prose in the language's style (Babel): ``1 200`` / ``1,200``."""
    return format_number(value, lang, decimals)


def percent(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share as a percentage for prose: ``93,3 %`` / ``93.3%``."""
    return text("missing", lang) if share is None else format_percent(share, lang, decimals)


def text(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``{placeholders}`` filled (not HTML-escaped). A
    message with plural forms takes the form for ``count`` ("one" for 1, else "other")."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    message = MESSAGES[key][lang]
    if isinstance(message, dict):
        count = values.get("count")
        form = plural_form(count, lang) if isinstance(count, int | float) else "other"
        message = message.get(form, message["other"])
    return message.format(**values) if values else message


def label(key: str, lang: str, default: str) -> str:
    """The message ``key`` if the catalogue has it, else ``default`` (e.g. a model term an
    analyst added without a label)."""
    return text(key, lang) if key in MESSAGES else default


def report_title(name: str, lang: str, **values: object) -> str:
    """Title of a report by its notebook name; a notebook without one is called by its name."""
    key = f"title.{name}"
    return text(key, lang, **values) if key in MESSAGES else name


def column_label(column: str, lang: str) -> str:
    """Report label of a column: from the column metadata, else from ``col.<column>``."""
    if column in FIELDS:
        return FIELDS[column].title(lang)
    return text(f"col.{column}", lang)


def value_label(value: object, lang: str) -> object:
    """Report label of a coded value (enum member or boolean), else the value itself."""
    if type(value).__name__ in ("bool", "bool_"):  # Python or NumPy booleans
        value = str(bool(value)).lower()
    key = f"value.{value}"
    return MESSAGES[key][lang] if key in MESSAGES else value
