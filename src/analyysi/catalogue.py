"""The language catalogue: every heading, label and generated sentence, in Finnish and English.

Column labels come from the column metadata (``analyysi.metadata``); everything else is keyed
by an id here. ``text(id, lang, **values)`` fills ``{placeholders}``; callers escape the result
for HTML (``analyysi.display`` does).
"""

from __future__ import annotations

from analyysi.metadata import FIELDS

LANGUAGES = ("fi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # page furniture
    "contents": {"fi": "Sisällys", "en": "Contents"},
    "parameters": {"fi": "Parametrit", "en": "Parameters"},
    "parameter": {"fi": "Parametri", "en": "Parameter"},
    "value": {"fi": "Arvo", "en": "Value"},
    "provenance": {"fi": "Alkuperätiedot", "en": "Provenance"},
    "back_to_index": {"fi": "← Etusivulle", "en": "← Back to the index"},
    "other_language": {"fi": "In English", "en": "Suomeksi"},
    "figure_files": {"fi": "Kuva tiedostoina", "en": "Figure as files"},
    "table_file": {"fi": "Taulukko CSV-tiedostona", "en": "Table as CSV"},
    "no_rows": {"fi": "Ei rivejä.", "en": "No rows."},
    "missing": {"fi": "ei tiedossa", "en": "not known"},
    # provenance
    "prov.version": {"fi": "analyysi-versio", "en": "analyysi version"},
    "prov.commit": {"fi": "Git-versio", "en": "Git commit"},
    "prov.dirty": {"fi": "muutoksia, joita ei ole tallennettu", "en": "uncommitted changes"},
    "prov.clean": {"fi": "ei tallentamattomia muutoksia", "en": "no uncommitted changes"},
    "prov.documents": {"fi": "Lähdeasiakirjat", "en": "Input documents"},
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
    "title.project_card": {"fi": "Hankekortti {project_code}", "en": "Project card {project_code}"},
    # index
    "index.synthesis": {"fi": "Tiivistelmä", "en": "Synthesis"},
    "index.funding": {
        "fi": "Toteutunut julkinen rahoitus oli {share} suunnitellusta ({realised} / {planned} €, {count} hanketta, joissa molemmat summat tiedossa).",
        "en": "Realised public funding was {share} of planned ({realised} / {planned} €, {count} projects with both amounts known).",
    },
    "index.funding_none": {
        "fi": "Rahoituksen toteutumaa ei voi laskea: yhdeltäkään hankkeelta ei ole sekä suunniteltua että toteutunutta julkista rahoitusta.",
        "en": "Funding realisation cannot be computed: no project gives both planned and realised public funding.",
    },
    "index.participants": {
        "fi": "Toteutunut osallistujamäärä on ilmoitettu seurantatietona (osio 7.2) {reported} hankkeella {count}:stä; suunniteltu määrä {planned} hankkeella.",
        "en": "A realised participant count is reported in the monitoring data (section 7.2) for {reported} of {count} projects; a planned count for {planned}.",
    },
    "index.covid": {
        "fi": "{exposed} hanketta {count}:stä toteutui suunnitelman mukaan koronapandemian aikana (16.3.2020–28.2.2022).",
        "en": "{exposed} of {count} projects were planned to run during the COVID-19 pandemic (16 March 2020 – 28 February 2022).",
    },
    "index.read_more": {"fi": "Raportti", "en": "Report"},
    "index.projects": {"fi": "Hankkeet", "en": "Projects"},
    "index.reports": {"fi": "Raportit", "en": "Reports"},
    "index.quality": {"fi": "Aineiston laatu", "en": "Data quality"},
    "index.quality_counts": {
        "fi": "{files} asiakirjaa luettu: {projects} hanketta, {rejected} hylätty; {errors} virhettä ja {warnings} varoitusta (parse_issues.csv).",
        "en": "{files} documents read: {projects} projects, {rejected} rejected; {errors} errors and {warnings} warnings (parse_issues.csv).",
    },
    "index.card": {"fi": "Hankekortti", "en": "Card"},
    "index.failed": {"fi": "Raportin tuottaminen epäonnistui", "en": "The report failed"},
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
}


def text(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``{placeholders}`` filled (not HTML-escaped)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    message = MESSAGES[key][lang]
    return message.format(**values) if values else message


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
