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
    "table_file": {"fi": "Taulukko CSV-tiedostona", "en": "Table as CSV"},
    "no_rows": {"fi": "Ei rivejä.", "en": "No rows."},
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
    # index
    "index.synthesis": {"fi": "Tiivistelmä", "en": "Synthesis"},
    "index.funding": {
        "fi": "Päättyneiden hankkeiden toteutunut julkinen rahoitus oli {share} suunnitellusta ({realised} / {planned} €). Mukana ovat päättyneet hankkeet, joilta on sekä suunniteltu että toteutunut rahoitus: {count} / {closed}.",
        "en": "Closed projects realised {share} of their planned public funding ({realised} / {planned} €). Counted: the closed projects that give both planned and realised funding, {count} of {closed}.",
    },
    "index.funding_none": {
        "fi": "Rahoituksen toteutumaa ei voi laskea: yhdeltäkään päättyneeltä hankkeelta ei ole sekä suunniteltua että toteutunutta julkista rahoitusta.",
        "en": "Funding realisation cannot be computed: no closed project gives both planned and realised public funding.",
    },
    "index.participants": {
        "fi": "Osallistujatavoite (osio 7.2) on {targets} hankkeella. Arvioijan vahvistamana tavoite saavutettiin tai ylitettiin {reached} hankkeessa ja jäi alle {short} hankkeessa; {waiting} konelukua odottaa vielä tarkistusta.",
        "en": "{targets} projects have a participant target (section 7.2). As confirmed by an evaluator, {reached} met or exceeded it and {short} fell short; {waiting} machine readings still await review.",
    },
    "index.covid": {
        "fi": "Koronakaudella toimi {era} hanketta {count}:stä. Tekstien perusteella muutoksia ehdotetaan {suggested} hankkeelle (tarkistusta odottavia virkkeitä: {waiting}); arvioijan vahvistamia muutoksia on hankkeita {confirmed}.",
        "en": "Projects in the COVID era: {era} of {count}. The texts suggest adaptations for {suggested} of them (sentences awaiting review: {waiting}); projects with an adaptation confirmed by an evaluator: {confirmed}.",
    },
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
    "index.card": {"fi": "Hankekortti", "en": "Card"},
    "index.failed": {"fi": "Raportin tuottaminen epäonnistui", "en": "The report failed"},
    "report.failed_cell": {"fi": " (solu {cell})", "en": " (cell {cell})"},
    "index.downloads": {
        "fi": "Kaikki raporttien taulukot yhtenä Excel-työkirjana",
        "en": "Every report table in one Excel workbook",
    },
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
    "overview.intro": {
        "fi": "Mitä asiakirjoista luettiin, mitä ongelmia löytyi, ja mitä kukin taulukon sarake tarkoittaa.",
        "en": "What was read from the documents, what problems were found, and what each column means.",
    },
    "overview.projects": {"fi": "Luetut hankkeet", "en": "Projects read"},
    "overview.issues": {"fi": "Jäsennyksen havainnot", "en": "Parsing issues"},
    "overview.no_issues": {"fi": "Ei havaintoja.", "en": "No issues."},
    "overview.codebook": {"fi": "Koodikirja", "en": "Codebook"},
    "overview.codebook_intro": {
        "fi": "Taulukoiden sarakkeet; sama kuvaus on tiedostossa datapackage.json.",
        "en": "The columns of the tables; the same description is in datapackage.json.",
    },
    "overview.periods": {
        "fi": "Hankkeiden suunnitellut toteutusajat",
        "en": "Planned project periods",
    },
    "overview.periods_alt": {
        "fi": "Vaakapalkit: kunkin hankkeen suunniteltu alkamis- ja päättymispäivä.",
        "en": "Horizontal bars: each project's planned start and end date.",
    },
    # placeholders until the analyses land
    "pending.funding": {
        "fi": "Tämä raportti näyttää toistaiseksi asiakirjojen rahoitustiedot sellaisinaan; rahoituksen toteutuman analyysi lisätään myöhemmin.",
        "en": "For now this report shows the funding data of the documents as they are; the funding-realisation analysis comes later.",
    },
    "pending.participants": {
        "fi": "Tämä raportti näyttää toistaiseksi osioiden 7.1 ja 7.2 osallistujamäärät sellaisinaan; loppuraportin tekstistä luettavat tulokset lisätään myöhemmin.",
        "en": "For now this report shows the participant counts of sections 7.1 and 7.2 as they are; outcomes read from the final-report text come later.",
    },
    "pending.covid": {
        "fi": "Tämä raportti näyttää toistaiseksi hankkeiden toteutusajat ja loppuraporttien saatavuuden; lauseiden tasoinen näyttö muutoksista lisätään myöhemmin.",
        "en": "For now this report shows the project periods and which final reports exist; sentence-level evidence of change comes later.",
    },
    "funding.table": {"fi": "Julkinen rahoitus hankkeittain", "en": "Public funding by project"},
    "participants.table": {
        "fi": "Suunnitellut ja toteutuneet osallistujamäärät",
        "en": "Planned and realised participant counts",
    },
    "covid.table": {"fi": "Toteutusajat ja loppuraportit", "en": "Periods and final reports"},
    # project card
    "card.summary": {"fi": "Perustiedot", "en": "Key facts"},
    "card.funding": {"fi": "Julkinen rahoitus", "en": "Public funding"},
    "card.areas": {"fi": "Alueet", "en": "Areas"},
    "card.indicators": {"fi": "Osallistujat", "en": "Participants"},
    "card.organisations": {"fi": "Toteuttajat", "en": "Implementers"},
    "card.texts": {"fi": "Tekstit", "en": "Texts"},
    "card.issues": {"fi": "Havainnot tästä asiakirjasta", "en": "Issues in this document"},
    "card.funding_alt": {
        "fi": "Pylväät: suunniteltu ja toteutunut rahoitus euroina lähteittäin.",
        "en": "Bars: planned and realised funding in euros by source.",
    },
    "card.unknown_project": {
        "fi": "Hanketta {project_code} ei löydy taulukosta projects.csv.",
        "en": "Project {project_code} is not in projects.csv.",
    },
    # funding report
    "funding.intro": {
        "fi": "Kuinka suuri osa myönnetystä ja suunnitellusta julkisesta rahoituksesta käytettiin. Toteuma on toteutunut ÷ suunniteltu; se on lopullinen vain päättyneille hankkeille, käynnissä olevien luvut ovat väliaikaisia eikä niitä lasketa yhteen päättyneiden kanssa.",
        "en": "How much of the granted and planned public funding was used. Realisation is realised ÷ planned; it is final only for closed projects, running projects' figures are interim and are not pooled with the closed ones.",
    },
    "funding.portfolio": {"fi": "Salkku", "en": "Portfolio"},
    "funding.totals": {
        "fi": "{projects} päättynyttä hanketta: suunniteltu julkinen rahoitus {planned} €, toteutunut {realised} €, käyttämättä {unspent} €.",
        "en": "{projects} closed projects: planned public funding {planned} €, realised {realised} €, unspent {unspent} €.",
    },
    "funding.weighted": {
        "fi": "Rahoituksella painotettu toteuma (Σ toteutunut ÷ Σ suunniteltu) oli {value} (95 %:n bootstrap-väli {low}–{high}).",
        "en": "The funding-weighted realisation (Σ realised ÷ Σ planned) was {value} (95 % bootstrap interval {low}–{high}).",
    },
    "funding.eu_state": {
        "fi": "Myönnetystä EU- ja valtion rahoituksesta toteutui {value} ({realised} / {granted} €).",
        "en": "Of the granted EU and state funding, {value} was realised ({realised} / {granted} €).",
    },
    "funding.median": {
        "fi": "Hankkeiden toteumien mediaani oli {value} (95 %:n väli {low}–{high}) ja kvartiiliväli {iqr} ({iqr_low}–{iqr_high}).",
        "en": "The median project realisation was {value} (95 % interval {low}–{high}), the interquartile range {iqr} ({iqr_low}–{iqr_high}).",
    },
    "funding.interim": {
        "fi": "{count} käynnissä olevaa hanketta jätettiin salkun tunnusluvuista pois: niiden toteuma on väliaikainen.",
        "en": "{count} running projects were left out of the portfolio figures: their realisation is interim.",
    },
    "funding.small_n": {
        "fi": "Päättyneitä hankkeita on vain {n}: bootstrap-välit ovat epävarmoja ja kuvaavat vain tätä joukkoa.",
        "en": "There are only {n} closed projects: the bootstrap intervals are rough and describe this set only.",
    },
    "funding.none": {
        "fi": "Yhdelläkään päättyneellä hankkeella ei ole sekä suunniteltua että toteutunutta julkista rahoitusta.",
        "en": "No closed project gives both planned and realised public funding.",
    },
    "funding.by_project": {"fi": "Hankkeittain", "en": "By project"},
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
    "funding.breakdowns": {"fi": "Erittelyt", "en": "Breakdowns"},
    "funding.breakdowns_intro": {
        "fi": "Päättyneet hankkeet ryhmittäin: painotettu toteuma ja hankkeiden mediaani. Pienissä ryhmissä erot voivat olla sattumaa.",
        "en": "Closed projects by group: weighted realisation and the median project. In small groups differences may be chance.",
    },
    "funding.model": {"fi": "Toteuman selittäjät", "en": "What goes with realisation"},
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
    "funding.programme": {"fi": "Suhteessa koko ohjelmaan", "en": "Against the whole programme"},
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
    "funding.plan_changes": {
        "fi": "Muutokset luettelon ja kuvauksen välillä",
        "en": "Changes between the list and the description",
    },
    "funding.plan_changes_intro": {
        "fi": "Hankkeet, jotka ovat sekä kuvauksina että luettelossa: kuvauksen luku − luettelon luku. Ero suunnitellussa rahoituksessa on suunnitelman muutos luettelon ajankohdan jälkeen.",
        "en": "Projects both described and listed: the description's figure − the list's. A difference in planned funding is a plan change after the list's date.",
    },
    "funding.plan_changes_none": {
        "fi": "Yksikään kuvattu hanke ei ole luettelossa.",
        "en": "None of the described projects is in the list.",
    },
    "funding.participants_pending": {
        "fi": "Rahoituksen toteumaa verrataan osallistujatavoitteiden saavuttamiseen, kun osallistujataulukko on käytettävissä.",
        "en": "Funding realisation will be set against participant achievement once the participant table exists.",
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
    "participants.intro": {
        "fi": "Suunnitellut osallistujamäärät (osiot 7.1 ja 7.2) verrattuina toteutuneisiin: seurantatiedon luku, jos asiakirja sen antaa, muuten loppuraportista luettu kohderyhmän osallistujamäärä tai sanallinen arvio – aina lainattuine virkkeineen. Jokainen konelukema on ehdotus, kunnes arvioija vahvistaa sen (data/review); havainnot ja kustannus osallistujaa kohden lasketaan vain vahvistetuista luvuista.",
        "en": "Planned participant counts (sections 7.1 and 7.2) against what was realised: the monitoring figure where the document gives it, otherwise the number of target-group participants read from the final report or a qualitative statement there – always with the quoted sentence. Every machine reading is a suggestion until an evaluator confirms it (data/review); findings and the cost per participant use confirmed figures only.",
    },
    "participants.outcomes": {"fi": "Tavoitteet ja tulokset", "en": "Targets and outcomes"},
    "participants.achievement_alt": {
        "fi": "Pylväät: suunniteltu osallistujamäärä hankkeittain (vaalea) ja sen päällä toteutunut (tumma = arvioijan vahvistama, viivoitettu = konelukema, joka odottaa tarkistusta); ”ei tiedossa”, kun toteutunutta määrää ei tiedetä.",
        "en": "Bars: planned participants by project (light) and over them the realised count (dark = confirmed by an evaluator, hatched = a machine reading awaiting review); “not known” where the realised count is not known.",
    },
    "participants.evidence": {"fi": "Näyttö", "en": "Evidence"},
    "participants.claims": {
        "fi": "Luvut teksteissä hankkeittain",
        "en": "Numbers in the texts, by project",
    },
    "participants.claims_intro": {
        "fi": "Jokainen suunnitelman, kohderyhmien ja loppuraportin luku ja mitä se laskee. Päivämäärät, vuosiluvut, euromäärät, puhelinnumerot, osionumerot ja asteikkojen päätepisteet eivät ole lukumääriä, eikä niitä lueta.",
        "en": "Every number in the plan, target groups and final report, and what it counts. Dates, years, euro amounts, phone numbers, section numbers and scale endpoints are not counts and are not read.",
    },
    "participants.cost": {"fi": "Kustannus osallistujaa kohden", "en": "Cost per participant"},
    "participants.cost_intro": {
        "fi": "Toteutunut julkinen rahoitus ÷ arvioijan vahvistama osallistujamäärä. Vahvistamattomista luvuista kustannusta ei lasketa.",
        "en": "Realised public funding ÷ the participant count an evaluator confirmed. No cost is computed from unconfirmed figures.",
    },
    "participants.regions": {"fi": "Alueellinen jakauma", "en": "Regional distribution"},
    "participants.regions_intro": {
        "fi": "Sääntöjen lukema teksteistä: osuus maakunnan nimen vieressä suunnitelmassa ja määrä sen vieressä loppuraportissa. Lukemat ovat vahvistamattomia; tarkista ne alla olevan lukutaulukon virkkeistä.",
        "en": "Read by the rules from the texts: a share next to a region's name in the plan and a count next to it in the final report. These readings are unconfirmed; check them against the sentences in the table of numbers below.",
    },
    "participants.regions_none": {
        "fi": "Yksikään asiakirja ei kerro sekä suunniteltua että toteutunutta alueellista jakaumaa.",
        "en": "No document states both a planned and a realised regional distribution.",
    },
    "participants.unmeasured": {"fi": "Mitä ei voitu mitata", "en": "What could not be measured"},
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
    "participants.rules": {
        "fi": "Luvut luetaan sääntöjen ja suomen kielen morfologian (Voikko) avulla: luku liitetään sijamuodon perusteella sanaan, jota se laskee, ja jokaisesta henkilöluvusta kerrotaan, laskeeko se kohderyhmän osallistujia, henkilöstöä, käyntejä (sama henkilö voi tulla lasketuksi monesti), aikayksikköä kohden vai taustatietoa. Sääntöjen tarkkuus on mitattu alla.",
        "en": "Numbers are read by rules with Finnish morphology (Voikko): a number is attached to the word it counts by case agreement, and each people count says whether it counts participants of the target group, staff, attendances (one person may be counted more than once), a rate or a background statistic. The rules' accuracy is measured below.",
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
    "covid.intro": {
        "fi": "Miten koronakaudella toimineet hankkeet muuttivat omaa toteutustaan pandemian takia: hankkeiden toteutusajat rajoitusjaksojen rinnalla ja virkkeiden tason näyttö muutoksista. Virke lasketaan hankkeen muutokseksi vain, kun teksti liittää muutoksen pandemiaan (sama tai viereinen virke) tai ajoittaa sen pandemian ajalle, ja kun muutos koskee hanketta itseään eikä alaa tai muita organisaatioita. Suunnitelmat ja kohderyhmien kuvaukset ovat taustaa. Konelukemat ovat ehdotuksia, kunnes arvioija vahvistaa ne.",
        "en": "How projects running in the COVID era changed their own delivery because of the pandemic: planned periods beside the restriction periods, and sentence-level evidence of change. A sentence counts as the project's adaptation only when the text ties the change to the pandemic (same or adjacent sentence) or dates it within the pandemic, and when the change is the project's own, not the sector's or other organisations'. Plans and target-group descriptions are context. Machine readings are suggestions until an evaluator confirms them.",
    },
    "covid.timeline": {
        "fi": "Toteutusajat ja rajoitusjaksot",
        "en": "Project periods and restriction periods",
    },
    "covid.timeline_alt": {
        "fi": "Vaakapalkit: pandemia-aikana toimineiden hankkeiden suunnitellut toteutusajat; varjostetut alueet: poikkeusolot, rajoitukset ja etätyösuositus.",
        "en": "Horizontal bars: the planned periods of the projects that ran during the pandemic; shaded areas: states of emergency, restrictions and the remote-work recommendation.",
    },
    "covid.exposure": {
        "fi": "Altistus ja muutokset hankkeittain",
        "en": "Exposure and adaptations by project",
    },
    "covid.heatmap": {"fi": "Muutosluokat hankkeittain", "en": "Categories by project"},
    "covid.heatmap_alt": {
        "fi": "Lämpökartta: pandemia-aikana toimineiden hankkeiden virkkeiden määrä luokittain; tummempi = useampi virke.",
        "en": "Heatmap: number of sentences in each category for the projects that ran during the pandemic; darker = more sentences.",
    },
    "covid.remote": {
        "fi": "Miten hanke itse toteutti toimintansa",
        "en": "How the project itself delivered",
    },
    "covid.remote_alt": {
        "fi": "Taulukko: hankkeen omista virkkeistä luettu toteutustapa suunnitelmassa ja loppuraportissa (etänä, hybridinä, kasvokkain tai ei kerrottu) – ei sitä, kuinka usein etäsanoja esiintyy.",
        "en": "Table: how the project delivered, read from its own sentences in the plan and in the final report (remote, hybrid, face to face or not stated) – not how often remote words occur.",
    },
    "covid.control": {
        "fi": "Koronakauden hankkeet ja ennen pandemiaa toiminut vertailuhanke",
        "en": "COVID-era projects against the pre-COVID control",
    },
    "covid.control_intro": {
        "fi": "Ennen pandemiaa toiminut hanke voi käyttää etäneuvontaa ilman pandemiaa; siksi pelkkä etätoteutus ei ole näyttöä pandemian aiheuttamasta muutoksesta. Taulukko: toteutustavat ja muutosvirkkeet koronakausittain.",
        "en": "A project before the pandemic may use remote advice without any pandemic; remote delivery alone is therefore no evidence of change caused by it. Table: delivery and adaptation sentences by COVID cohort.",
    },
    "covid.evidence": {"fi": "Näyttö virkkeittäin", "en": "Sentence evidence"},
    "covid.evidence_intro": {
        "fi": "Muutokseksi ehdotetut virkkeet; osumasanat on korostettu. Sarake Yhteys pandemiaan kertoo, mikä liittää muutoksen pandemiaan, ja Tarkistus arvioijan ratkaisun. Luokittelu tehdään sanaston (data/reference/covid_lexicon_fi.csv) ja sääntöjen avulla; tarkkuus on mitattu alla.",
        "en": "Sentences suggested as adaptations; matched words are highlighted. The column Link to the pandemic says what ties the change to it, and Review the evaluator's decision. The classification uses a lexicon (data/reference/covid_lexicon_fi.csv) and rules; their accuracy is measured below.",
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
    "participants.findings": {
        "fi": "Havainnot: hankkeita, joilla on osallistujatavoite: {targets}. Arvioijan vahvistamia tuloksia: {confirmed}, joista tavoite saavutettiin tai ylitettiin {reached} ja jäi alle {short}. Tarkistusta odottaa: {waiting}. Hylättyjä: {rejected}.",
        "en": "Findings: projects with a participant target: {targets}. Outcomes confirmed by an evaluator: {confirmed}; of them, met or exceeded: {reached}, fell short: {short}. Awaiting review: {waiting}. Rejected: {rejected}.",
    },
    "participants.waiting": {
        "fi": "Konelukemat odottavat tarkistusta: tee työlista komennolla analyysi review ja täydennä ratkaisut.",
        "en": "The machine readings await review: make a worksheet with analyysi review and fill in the decisions.",
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
    "accuracy.heading": {
        "fi": "Sääntöjen tarkkuus",
        "en": "Accuracy of the rules",
    },
    "programme.intro": {
        "fi": "Ohjelman kaikki päättyneet hankkeet hankeluettelon mukaan: julkisen rahoituksen toteuma (toteutunut ÷ suunniteltu) rahastoittain, viranomaisittain, toimintalinjoittain, koon ja päättymisvuoden mukaan, sekä kuvattujen hankkeiden sijoittuminen niiden joukkoon. Luettelon luvut ovat luettelon julkaisuhetken lukuja.",
        "en": "Every closed project of the programme by its project list: public funding realisation (realised ÷ planned) by fund, authority, priority axis, size and year of end, and where the described projects stand among them. The list's figures are those of its publication.",
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
    "coverage.notes": {
        "fi": "Huomioita:",
        "en": "Notes:",
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
    "accuracy.intro": {
        "fi": "Testijoukko on lauseita, jotka kirjoitti sääntöjä näkemätön henkilö ennen sääntöjen muuttamista, eikä sääntöjä ole viritetty niillä: nämä ovat lainattavat luvut. Kehitysjoukon luvut ovat otoksen sisäisiä (säännöt on kirjoitettu niiden pohjalta).",
        "en": "The test set is sentences written by someone who had not seen the rules, before the rules were changed, and never tuned on: these are the figures to quote. Development figures are in-sample (the rules were written on them).",
    },
    "review.issues": {
        "fi": "Tarkistusrivit, joita ei sovellettu tai ei voitu varmentaa",
        "en": "Review rows not applied or not verified",
    },
    "review.issues_intro": {
        "fi": "Näitä data/review-kansion rivejä ei sovellettu: ne eivät enää vastaa taulukoiden rivejä (stale: asiakirja tai lukema on muuttunut) tai ovat virheellisiä. Rivit, joilla ei ole sormenjälkeä (unverified), on sovellettu pelkän avaimen perusteella: asiakirjan muutosta ei niistä huomaisi.",
        "en": "These rows of data/review were not applied: they no longer match the tables (stale: the document or the reading changed) or are malformed. Decisions without a fingerprint (unverified) were applied by key alone: a change of the document would not show in them.",
    },
    "covid.findings": {
        "fi": "Havainnot: koronakaudella toimineita hankkeita {era_projects}; tekstien perusteella pandemian vuoksi tehtyjä muutoksia ehdotetaan {suggested} hankkeelle. Arvioijan vahvistamia muutoksia: hankkeita {confirmed_projects}, virkkeitä {confirmed_sentences}. Hylättyjä virkkeitä: {rejected_sentences}. Tarkistusta odottavia virkkeitä: {waiting_sentences}.",
        "en": "Findings: projects in the COVID era: {era_projects}; the texts suggest adaptations to the pandemic for {suggested} of them. Adaptations confirmed by an evaluator: projects {confirmed_projects}, sentences {confirmed_sentences}. Sentences rejected: {rejected_sentences}. Sentences awaiting review: {waiting_sentences}.",
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
    # enum values shown in reports
    "value.eu_state": {"fi": "EU ja valtio", "en": "EU and state"},
    "value.public_total": {"fi": "Julkinen yhteensä", "en": "Total public"},
    "value.planned": {"fi": "suunniteltu", "en": "planned"},
    "value.realised": {"fi": "toteutunut", "en": "realised"},
    "value.enterprises": {"fi": "yritykset", "en": "enterprises"},
    "value.persons": {"fi": "henkilöt", "en": "persons"},
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
