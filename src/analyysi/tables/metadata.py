"""Every column of every table, described once.

This is the single source for validation (``tidy``), ``datapackage.json``, report labels and
the codebook. A field is declared once in ``FIELDS``; a table (``RESOURCES``) lists its fields
and may narrow a field's description or constraints for that table only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

TYPES = ("string", "integer", "number", "boolean", "date")


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    en: str  # English description
    fi: str  # Finnish description
    unit: str | None = None
    enum: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    required: bool = False  # never empty
    decimals: int = 2  # for numbers that are not whole, in the CSV
    title_fi: str = ""  # short label for reports and spreadsheets
    title_en: str = ""
    is_document_text: bool = False  # copied from a description as written (Finnish)

    def title(self, lang: str) -> str:
        return self.title_fi if lang == "fi" else self.title_en


@dataclass(frozen=True)
class Resource:
    name: str
    en: str
    fi: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...] = ()  # when not the primary key
    optional: bool = False  # written only on request (personal data)
    stage: str = "parse"  # what writes it: parse, analyse or import-projects

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _fields(*fields: Field) -> dict[str, Field]:
    return {f.name: f for f in fields}


_PROJECT_ROLE = ("applicant", "co_implementer")

FIELDS = _fields(
    Field(
        "project_code",
        "string",
        "Project code in EURA 2014, e.g. S22196.",
        "Hankekoodi EURA 2014 -järjestelmässä, esim. S22196.",
    ),
    Field("project_name", "string", "Project name as written.", "Hankkeen nimi."),
    Field(
        "fund",
        "string",
        "Fund named in the title line (ESR = ESF, EAKR = ERDF).",
        "Rahasto otsikkorivin mukaan (ESR tai EAKR).",
    ),
    Field(
        "priority_axis_code",
        "string",
        "Priority axis number (Toimintalinja), e.g. 5.",
        "Toimintalinjan numero, esim. 5.",
    ),
    Field("priority_axis_name", "string", "Priority axis name.", "Toimintalinjan nimi."),
    Field(
        "specific_objective_code",
        "string",
        "Specific objective number (Erityistavoite), e.g. 10.1.",
        "Erityistavoitteen numero, esim. 10.1.",
    ),
    Field(
        "specific_objective_name", "string", "Specific objective name.", "Erityistavoitteen nimi."
    ),
    Field(
        "planned_start",
        "date",
        "Planned start date (Suunnitelman mukainen toteutusaika).",
        "Suunnitelman mukainen alkamispäivä.",
    ),
    Field(
        "planned_end",
        "date",
        "Planned end date (Suunnitelman mukainen toteutusaika).",
        "Suunnitelman mukainen päättymispäivä.",
    ),
    Field(
        "status",
        "string",
        "Project status, e.g. 'Toiminta päättynyt' (closed).",
        "Toiminnan tila, esim. Toiminta päättynyt.",
    ),
    Field(
        "authority",
        "string",
        "Managing authority (Vastuuviranomainen), usually an ELY centre.",
        "Vastuuviranomainen, yleensä ELY-keskus.",
    ),
    Field("applicant_name", "string", "Applicant's official name.", "Hakijan virallinen nimi."),
    Field(
        "applicant_org_type",
        "string",
        "Applicant's organisation type.",
        "Hakijan organisaatiotyyppi.",
    ),
    Field(
        "applicant_business_id",
        "string",
        "Applicant's business ID (Y-tunnus).",
        "Hakijan Y-tunnus.",
        pattern=r"^\d{7}-\d$",
    ),
    Field(
        "applicant_business_id_valid",
        "boolean",
        "Whether the applicant's Y-tunnus check digit is right.",
        "Onko hakijan Y-tunnuksen tarkistusnumero oikein.",
    ),
    Field("applicant_street", "string", "Applicant's street address.", "Hakijan jakeluosoite."),
    Field("applicant_postcode", "string", "Applicant's postcode.", "Hakijan postinumero."),
    Field(
        "applicant_city",
        "string",
        "Applicant's post town, as written.",
        "Hakijan postitoimipaikka.",
    ),
    Field("applicant_website", "string", "Applicant's website.", "Hakijan WWW-osoite."),
    Field(
        "applicant_mode",
        "string",
        "Number of applicants or transfer-of-support procedure, as written (may be empty).",
        "Hakijoiden lukumäärä tai tuen siirto -menettely (voi olla tyhjä).",
    ),
    Field(
        "site_street",
        "string",
        "Street address of the site, if the project runs in one place.",
        "Toteutuspaikan jakeluosoite, jos hanke toteutetaan yhdessä paikassa.",
    ),
    Field("site_postcode", "string", "Postcode of the site.", "Toteutuspaikan postinumero."),
    Field("site_city", "string", "Post town of the site.", "Toteutuspaikan postitoimipaikka."),
    Field(
        "has_final_report",
        "boolean",
        "Whether section 9 (final report summary) has text.",
        "Onko loppuraportin tiivistelmässä (osio 9) tekstiä.",
    ),
    Field(
        "source_file",
        "string",
        "Source document, relative to the raw folder, '/' separators.",
        "Lähdeasiakirja suhteessa raw-kansioon.",
    ),
    Field(
        "source_sha256",
        "string",
        "SHA-256 of the source document's bytes.",
        "Lähdeasiakirjan SHA-256-tiiviste.",
        pattern=r"^[0-9a-f]{64}$",
    ),
    Field(
        "field",
        "string",
        "Name of the field (column) concerned.",
        "Kentän (sarakkeen) nimi.",
    ),
    Field(
        "line",
        "integer",
        "Line number of the value in the source document (1-based).",
        "Arvon rivinumero lähdeasiakirjassa.",
        minimum=1,
    ),
    Field(
        "source",
        "string",
        "Funding source: EU and state, or total public funding.",
        "Rahoituslähde: EU ja valtio tai julkinen rahoitus yhteensä.",
        enum=("eu_state", "public_total"),
    ),
    Field(
        "stage",
        "string",
        "Planned (granted) or realised.",
        "Suunniteltu (myönnetty) vai toteutunut.",
        enum=("planned", "realised"),
    ),
    Field(
        "amount_eur",
        "number",
        "Amount in euros.",
        "Määrä euroina.",
        unit="EUR",
        minimum=0,
    ),
    Field("label_fi", "string", "The label as printed in Finnish.", "Selite asiakirjassa."),
    Field(
        "level",
        "string",
        "Area level: region, sub-region or municipality.",
        "Aluetaso: maakunta, seutukunta tai kunta.",
        enum=("maakunta", "seutukunta", "kunta"),
    ),
    Field(
        "position",
        "integer",
        "Order in the document (1-based).",
        "Järjestys asiakirjassa.",
        minimum=1,
    ),
    Field("name", "string", "Name as written.", "Nimi asiakirjan mukaan."),
    Field(
        "org_type",
        "string",
        "Organisation type as written (Organisaatiotyyppi; for a co-implementer, where its "
        "line gives one between name and Y-tunnus).",
        "Organisaatiotyyppi asiakirjan mukaan.",
    ),
    Field(
        "indicator",
        "string",
        "Participating enterprises (7.1) or persons (7.2).",
        "Osallistuvat yritykset (7.1) tai henkilöt (7.2).",
        enum=("enterprises", "persons"),
    ),
    Field(
        "indicator_label",
        "string",
        "The indicator's heading or label as written (7.1, 7.2, or another form's, e.g. an "
        "ERDF page's).",
        "Indikaattorin otsikko tai nimi asiakirjan mukaan.",
    ),
    Field(
        "planned",
        "integer",
        "Planned count (Suunniteltu).",
        "Suunniteltu lukumäärä.",
        unit="count",
        minimum=0,
    ),
    Field(
        "realised",
        "integer",
        "Realised count per monitoring data, where the document gives it.",
        "Toteutunut lukumäärä seurantatietojen mukaan.",
        unit="count",
        minimum=0,
    ),
    Field(
        "planned_line",
        "integer",
        "Line number of the planned count.",
        "Suunnitellun lukumäärän rivinumero.",
        minimum=1,
    ),
    Field(
        "realised_line",
        "integer",
        "Line number of the realised count.",
        "Toteutuneen lukumäärän rivinumero.",
        minimum=1,
    ),
    Field(
        "role",
        "string",
        "Role in the project: applicant or co-implementer.",
        "Rooli hankkeessa: hakija tai osatoteuttaja.",
        enum=_PROJECT_ROLE,
    ),
    Field("business_id", "string", "Business ID (Y-tunnus).", "Y-tunnus.", pattern=r"^\d{7}-\d$"),
    Field(
        "business_id_valid",
        "boolean",
        "Whether the Y-tunnus check digit is right.",
        "Onko Y-tunnuksen tarkistusnumero oikein.",
    ),
    Field(
        "section",
        "string",
        "Free-text section of the description.",
        "Asiakirjan tekstiosio.",
        enum=("plan_summary", "target_groups_primary", "target_groups_indirect", "final_report"),
    ),
    Field(
        "text",
        "string",
        "Section text: paragraphs joined with a blank line, line wraps kept.",
        "Osion teksti: kappaleet tyhjän rivin erottamina.",
    ),
    Field(
        "first_line",
        "integer",
        "Line number of the text's first line.",
        "Tekstin ensimmäisen rivin numero.",
        minimum=1,
    ),
    Field(
        "question",
        "string",
        "Gender-equality question of section 8.1.",
        "Osion 8.1 sukupuolten tasa-arvoa koskeva kysymys.",
        enum=("context_analysis", "mainstreaming", "main_objective"),
    ),
    Field("answer", "boolean", "Answer: Kyllä (true) or Ei (false).", "Vastaus: Kyllä tai Ei."),
    Field("justification", "string", "Justification as written.", "Perustelu."),
    Field(
        "dimension",
        "string",
        "Sustainability dimension.",
        "Kestävän kehityksen ulottuvuus.",
        enum=("ecological", "economic", "social_cultural"),
    ),
    Field(
        "criterion",
        "string",
        "Sustainability criterion, as written.",
        "Kestävän kehityksen kriteeri.",
    ),
    Field(
        "direct",
        "integer",
        "Direct effect score (Välitön), 0–10.",
        "Välitön vaikutus, 0–10.",
        minimum=0,
        maximum=10,
    ),
    Field(
        "indirect",
        "integer",
        "Indirect effect score (Välillinen), 0–10.",
        "Välillinen vaikutus, 0–10.",
        minimum=0,
        maximum=10,
    ),
    Field(
        "severity",
        "string",
        "error: a value or section is missing or unreadable, or the file was "
        "rejected; warning: a plausibility problem, the value is kept.",
        "error: arvo tai osio puuttuu tai on lukukelvoton; warning: epäuskottava arvo.",
        enum=("error", "warning"),
        required=True,
    ),
    Field("message", "string", "What was found.", "Havainto.", required=True),
    Field("email", "string", "E-mail address as written.", "Sähköpostiosoite."),
    Field(
        "granted_eu_state_eur",
        "number",
        "Granted (planned) EU and state funding.",
        "Myönnetty EU- ja valtion rahoitus.",
        unit="EUR",
    ),
    Field(
        "realised_eu_state_eur",
        "number",
        "Realised EU and state funding.",
        "Toteutunut EU- ja valtion rahoitus.",
        unit="EUR",
    ),
    Field(
        "planned_public_eur",
        "number",
        "Planned total public funding.",
        "Suunniteltu julkinen rahoitus yhteensä.",
        unit="EUR",
    ),
    Field(
        "realised_public_eur",
        "number",
        "Realised total public funding.",
        "Toteutunut julkinen rahoitus yhteensä.",
        unit="EUR",
    ),
    Field(
        "eu_state_realisation",
        "number",
        "Realised ÷ granted EU and state funding.",
        "Toteutunut ÷ myönnetty EU- ja valtion rahoitus.",
        unit="ratio",
        minimum=0,
        decimals=4,
    ),
    Field(
        "public_realisation",
        "number",
        "Realised ÷ planned total public funding.",
        "Toteutunut ÷ suunniteltu julkinen rahoitus.",
        unit="ratio",
        decimals=4,
    ),
    Field(
        "unspent_public_eur",
        "number",
        "Planned − realised total public funding (negative: overspent).",
        "Suunniteltu − toteutunut julkinen rahoitus.",
        unit="EUR",
    ),
    Field(
        "eu_state_share",
        "number",
        "Granted EU and state funding ÷ planned total public funding.",
        "Myönnetyn EU- ja valtion rahoituksen osuus suunnitellusta julkisesta rahoituksesta.",
        unit="ratio",
        minimum=0,
        decimals=4,
    ),
    Field(
        "planned_days",
        "integer",
        "Planned duration in days, start and end day included.",
        "Suunniteltu kesto päivinä (alku- ja loppupäivä mukaan lukien).",
        unit="days",
        minimum=1,
    ),
    Field(
        "is_closed",
        "boolean",
        "Whether the project has ended ('Toiminta päättynyt'): its ratios "
        "are final; otherwise they are interim.",
        "Onko toiminta päättynyt: suhdeluvut ovat lopullisia, muuten väliaikaisia.",
    ),
    Field(
        "realisation_band",
        "string",
        "Public funding realisation band: under 50 %, 50–80 %, "
        "80–100 % (100 % included), over 100 %.",
        "Julkisen rahoituksen toteutumaluokka.",
        enum=("lt_50", "50_80", "80_100", "gt_100"),
    ),
    Field(
        "programme_percentile",
        "number",
        "Share (%) of the programme's closed projects whose public "
        "funding realisation is at or below this project's; empty without a programme list.",
        "Ohjelman päättyneiden hankkeiden osuus (%), joiden toteutuma on enintään tämän hankkeen.",
        unit="percent",
        minimum=0,
        maximum=100,
        decimals=1,
    ),
    Field(
        "programme_section",
        "string",
        "Programme section (2007–2013 lists only).",
        "Ohjelman osio (vain 2007–2013).",
    ),
    Field("implementer", "string", "Implementing organisation as listed.", "Toteuttajan nimi."),
    Field("start", "date", "Start date as listed.", "Aloituspäivä."),
    Field("end", "date", "End date as listed.", "Päättymispäivä."),
    Field(
        "source_row",
        "integer",
        "Line number of the row in the imported list (1-based).",
        "Rivin numero tuodussa luettelossa.",
        minimum=1,
    ),
    Field("row", "integer", "Line number in the imported list.", "Rivinumero.", minimum=1),
    Field("reason", "string", "Why the row was set aside.", "Syy, miksi riviä ei tuotu."),
    Field("raw_line", "string", "The line as it was in the file.", "Rivi sellaisenaan."),
    Field(
        "sentence_index",
        "integer",
        "Order of the sentence in its section (0-based).",
        "Virkkeen järjestysnumero osiossa (0 = ensimmäinen).",
        minimum=0,
    ),
    Field(
        "sentence",
        "string",
        "The sentence as written (line breaks as spaces).",
        "Virke sellaisenaan.",
    ),
    Field(
        "number_text",
        "string",
        "The number as written, e.g. '8-10', 'kolmannes', 'kaksi'.",
        "Luku kirjoitettuna.",
    ),
    Field(
        "value",
        "number",
        "The number's value (a fraction for 'kolmannes'); empty for a range.",
        "Luvun arvo.",
        decimals=4,
    ),
    Field("low", "number", "Lower end of a range.", "Vaihteluvälin alaraja.", decimals=4),
    Field("high", "number", "Upper end of a range.", "Vaihteluvälin yläraja.", decimals=4),
    Field(
        "qualifier",
        "string",
        "Hedge before the number: noin, vähintään, yli, enintään, alle, "
        "lähes, arviolta, keskimäärin, yhteensä, jopa.",
        "Luvun määrite (noin, vähintään …).",
    ),
    Field(
        "unit",
        "string",
        "What the number counts.",
        "Mitä luku laskee.",
        enum=(
            "persons",
            "participants",
            "clients",
            "employees",
            "volunteers",
            "organisations",
            "events",
            "sessions",
            "trainings",
            "days",
            "hours",
            "materials",
            "percent",
            "other",
        ),
    ),
    Field(
        "realised_reported",
        "integer",
        "Realised count from the monitoring data (section 7.x).",
        "Toteutunut määrä seurantatiedoista (osio 7.x).",
        unit="count",
        minimum=0,
    ),
    Field(
        "realised_from_text",
        "integer",
        "A total stated in the final report (an entry count, not unique persons).",
        "Loppuraportissa mainittu kokonaismäärä.",
        unit="count",
        minimum=0,
    ),
    Field(
        "achievement",
        "number",
        "Realised ÷ planned (monitoring figure if given, else the "
        "final-report total); empty when planned is 0 or unknown.",
        "Toteutunut ÷ suunniteltu.",
        unit="ratio",
        minimum=0,
        decimals=4,
    ),
    Field(
        "evidence",
        "string",
        "The quoted sentence the figure or status rests on.",
        "Lainattu virke, johon tieto perustuu.",
    ),
    Field(
        "counts",
        "string",
        "What kind of people figure a number is: participants (people of the target group the "
        "project reached or plans to reach), staff (the organisations' own workers and "
        "volunteers who work for the project), attendances (visits or attendances: one person "
        "may be counted more than once), rate (per time, per event or at a time), background "
        "(a statistic of a population, not people reached) or mixed_total (a total that adds "
        "people of different kinds, e.g. clients and staff). Empty for other units.",
        "Millainen henkilöluku on: osallistujat, henkilöstö, käynnit, aikayksikköä kohden, "
        "taustatieto vai eri ryhmiä yhteen laskeva summa.",
        enum=("participants", "staff", "attendances", "rate", "background", "mixed_total"),
    ),
    Field(
        "counted_word",
        "string",
        "The word the number counts, as written: the noun it agrees with, or the one it is "
        "taken from; empty when none was found.",
        "Sana, jota luku laskee.",
    ),
    Field(
        "relation",
        "string",
        "How the number is tied to that word: after (50 asiakasta), before (Osallistujia oli "
        "45), group (Asiakkaista 65 …), amount (Osallistujamäärä oli 159) or shared (the word of "
        "the number before it: 2 400 asiakasta, n. 200 kuukaudessa).",
        "Miten luku liittyy sanaan.",
        enum=("after", "before", "group", "amount", "shared"),
    ),
    Field(
        "is_target",
        "boolean",
        "Whether the figure states a target, plan or estimate rather than a result: every "
        "figure of the plan but a background statistic, and in the final report a figure next "
        "to a word of target, plan or estimate (a restated target).",
        "Onko luku tavoite tai arvio eikä toteuma.",
    ),
    Field(
        "realised_parts",
        "string",
        "The people figures of the sentence the realised figure comes from, each with what it "
        "counts (e.g. '50 asiakasta: participants; 19 työntekijää: staff; 69 asiakkaista: "
        "mixed_total'), when there are several.",
        "Toteuman osat ja mitä kukin laskee.",
    ),
    Field(
        "statement",
        "string",
        "A final-report sentence saying how the participant targets went (ylitti, saavutti, jäi "
        "alle), quoted whether or not a number is given.",
        "Loppuraportin virke tavoitteiden toteutumisesta.",
    ),
    Field(
        "fingerprint",
        "string",
        "A short hash of what a reviewer sees (the figures and the quoted sentences). A review "
        "row made on another reading of the document is reported as stale, not applied.",
        "Tarkistettavan tiedon tunniste.",
    ),
    Field(
        "review_status",
        "string",
        "The evaluator's decision on the machine reading (data/review/): unconfirmed (none "
        "yet), accepted, rejected or corrected.",
        "Arvioijan ratkaisu: vahvistamaton, hyväksytty, hylätty tai korjattu.",
        enum=("unconfirmed", "accepted", "rejected", "corrected"),
    ),
    Field(
        "realised_confirmed",
        "integer",
        "The realised count an evaluator confirmed (accepted or corrected); empty until then. "
        "Findings use only this.",
        "Arvioijan vahvistama toteuma.",
        minimum=0,
    ),
    Field(
        "status_confirmed",
        "string",
        "The target status an evaluator confirmed; empty until then.",
        "Arvioijan vahvistama tavoitteen tila.",
        enum=("met", "exceeded", "not_met", "not_reported", "no_target"),
    ),
    Field(
        "achievement_confirmed",
        "number",
        "Confirmed realised ÷ planned; empty until confirmed.",
        "Vahvistettu saavutusaste.",
        unit="ratio",
        minimum=0,
        decimals=4,
    ),
    Field(
        "is_about_project",
        "boolean",
        "Whether the change the sentence states is the project's own, not the sector's or other "
        "organisations' ('Suurin osa järjestöjen palveluista siirrettiin verkkoon' is not).",
        "Koskeeko muutos hanketta itseään.",
    ),
    Field(
        "link",
        "string",
        "What ties the sentence's change to the pandemic: same_sentence (pandemic words in it), "
        "previous_sentence or next_sentence, date (dated within the pandemic in a project that "
        "ran then) or continues (the next step of an adaptation told just before); empty: "
        "nothing.",
        "Mikä liittää muutoksen pandemiaan.",
        enum=("same_sentence", "previous_sentence", "next_sentence", "date", "continues"),
    ),
    Field(
        "adaptations_confirmed",
        "string",
        "The adaptation categories an evaluator confirmed (accepted or corrected), "
        "semicolon-separated; empty when rejected or not yet reviewed.",
        "Arvioijan vahvistamat muutosluokat.",
    ),
    Field(
        "delivery_plan",
        "string",
        "How the plan says the project itself delivers: remote, hybrid, face_to_face or "
        "not_stated (from the project's own sentences, not from how often remote words occur).",
        "Suunnitelman mukainen toteutustapa.",
        enum=("remote", "hybrid", "face_to_face", "not_stated"),
    ),
    Field(
        "delivery_final",
        "string",
        "How the final report says the project itself delivered: remote, hybrid, face_to_face "
        "or not_stated; empty without a final report.",
        "Loppuraportin mukainen toteutustapa.",
        enum=("remote", "hybrid", "face_to_face", "not_stated"),
    ),
    Field(
        "evidence_confirmed",
        "integer",
        "Sentences an evaluator confirmed as adaptations.",
        "Vahvistetut muutosvirkkeet.",
        minimum=0,
    ),
    Field(
        "evidence_unconfirmed",
        "integer",
        "Machine-read adaptation sentences still waiting for an evaluator's decision.",
        "Tarkistusta odottavat muutosvirkkeet.",
        minimum=0,
    ),
    Field("review_file", "string", "The review file, as given.", "Tarkistustiedosto."),
    Field(
        "review_table",
        "string",
        "The table the review row decides on.",
        "Taulu, jota tarkistusrivi koskee.",
        enum=("participant_outcomes", "covid_evidence"),
    ),
    Field(
        "review_key",
        "string",
        "The key of the review row, comma-separated (e.g. 'S22106, persons').",
        "Tarkistusrivin avain.",
    ),
    Field(
        "problem",
        "string",
        "Why the review row was not applied as written (stale, unknown key, bad value, repeated).",
        "Miksi riviä ei sovellettu sellaisenaan.",
    ),
    Field("phone", "string", "Phone number as written.", "Puhelinnumero."),
    Field(
        "era",
        "string",
        "COVID cohort: pre_covid (ended before 2020-03-16), exposed (started "
        "before, ran past it), covid_born (started 2020-03-16 – 2022-02-28), post_covid.",
        "Koronakausi suunnitellun toteutusajan mukaan.",
        enum=("pre_covid", "exposed", "covid_born", "post_covid"),
    ),
    Field(
        "emergency_overlap_days",
        "integer",
        "Planned days within the two states of emergency (16.3.–16.6.2020, 1.3.–27.4.2021).",
        "Suunnitellut päivät poikkeusolojen aikana.",
        unit="days",
        minimum=0,
    ),
    Field(
        "restriction_share",
        "number",
        "Share of planned days within restriction periods (data/reference/covid_timeline_fi.csv).",
        "Osuus suunnitelluista päivistä rajoitusten aikana.",
        unit="ratio",
        minimum=0,
        maximum=1,
        decimals=4,
    ),
    Field(
        "covid_mentions_plan",
        "integer",
        "Sentences of the plan (sections 3, 4.1, 4.2) that speak of the pandemic.",
        "Pandemiaan viittaavat virkkeet suunnitelmassa.",
        minimum=0,
    ),
    Field(
        "covid_mentions_final",
        "integer",
        "Sentences of the final report that speak of the pandemic; empty without a final report.",
        "Pandemiaan viittaavat virkkeet loppuraportissa.",
        minimum=0,
    ),
    Field(
        "remote_share_plan",
        "number",
        "Share of the plan's sentences with remote-delivery terms.",
        "Etätoteutukseen viittaavien virkkeiden osuus suunnitelmassa.",
        unit="ratio",
        minimum=0,
        maximum=1,
        decimals=4,
    ),
    Field(
        "remote_share_final",
        "number",
        "Share of the final report's sentences with remote-delivery "
        "terms; empty without a final report.",
        "Etätoteutukseen viittaavien virkkeiden osuus loppuraportissa.",
        unit="ratio",
        minimum=0,
        maximum=1,
        decimals=4,
    ),
    Field(
        "adaptations",
        "string",
        "Categories found in a COVID context, semicolon-separated: in the "
        "same or an adjacent sentence as pandemic context, or in the final report of a COVID-era "
        "project.",
        "Koronan yhteydessä havaitut muutosluokat.",
    ),
    Field(
        "evidence_count",
        "integer",
        "Sentences that show an adaptation.",
        "Muutosta osoittavien virkkeiden määrä.",
        minimum=0,
    ),
    Field(
        "categories",
        "string",
        "Categories of the sentence, semicolon-separated: pandemic_context, "
        "remote_delivery, hybrid, cancelled_or_blocked, postponed_or_extended, substitution, "
        "reach_change, new_target_or_content.",
        "Virkkeen luokat.",
    ),
    Field(
        "matched_terms",
        "string",
        "The words that put the sentence in its categories.",
        "Luokkiin johtaneet sanat.",
    ),
    Field(
        "is_negated",
        "boolean",
        "Whether the sentence says something could not be done (a negated "
        "verb such as 'ei voitu', 'emme saaneet').",
        "Kertooko virke, ettei jotain voitu tehdä.",
    ),
)

# Short labels (Finnish, English) for report tables and spreadsheets.
_TITLES = {
    "project_code": ("Hankekoodi", "Project code"),
    "project_name": ("Hankkeen nimi", "Project name"),
    "fund": ("Rahasto", "Fund"),
    "priority_axis_code": ("Toimintalinja", "Priority axis"),
    "priority_axis_name": ("Toimintalinjan nimi", "Priority axis name"),
    "specific_objective_code": ("Erityistavoite", "Specific objective"),
    "specific_objective_name": ("Erityistavoitteen nimi", "Specific objective name"),
    "planned_start": ("Alkaa", "Planned start"),
    "planned_end": ("Päättyy", "Planned end"),
    "status": ("Tila", "Status"),
    "authority": ("Vastuuviranomainen", "Managing authority"),
    "applicant_name": ("Hakija", "Applicant"),
    "applicant_org_type": ("Organisaatiotyyppi", "Organisation type"),
    "applicant_business_id": ("Hakijan Y-tunnus", "Applicant business ID"),
    "applicant_business_id_valid": ("Y-tunnus oikein", "Business ID valid"),
    "applicant_street": ("Jakeluosoite", "Street address"),
    "applicant_postcode": ("Postinumero", "Postcode"),
    "applicant_city": ("Postitoimipaikka", "Post town"),
    "applicant_website": ("WWW-osoite", "Website"),
    "applicant_mode": ("Hakijamenettely", "Applicant mode"),
    "site_street": ("Toteutuspaikan osoite", "Site address"),
    "site_postcode": ("Toteutuspaikan postinumero", "Site postcode"),
    "site_city": ("Toteutuspaikka", "Site post town"),
    "has_final_report": ("Loppuraportti", "Final report"),
    "source_file": ("Lähdetiedosto", "Source file"),
    "source_sha256": ("SHA-256", "SHA-256"),
    "field": ("Kenttä", "Field"),
    "line": ("Rivi", "Line"),
    "source": ("Rahoituslähde", "Funding source"),
    "stage": ("Vaihe", "Stage"),
    "amount_eur": ("Määrä (€)", "Amount (€)"),
    "label_fi": ("Selite", "Label (Finnish)"),
    "level": ("Aluetaso", "Area level"),
    "position": ("Järjestys", "Position"),
    "name": ("Nimi", "Name"),
    "org_type": ("Organisaatiotyyppi", "Organisation type"),
    "indicator": ("Indikaattori", "Indicator"),
    "indicator_label": ("Indikaattorin nimi", "Indicator label"),
    "planned": ("Suunniteltu", "Planned"),
    "realised": ("Toteutunut", "Realised"),
    "planned_line": ("Suunnitellun rivi", "Planned: line"),
    "realised_line": ("Toteutuneen rivi", "Realised: line"),
    "role": ("Rooli", "Role"),
    "business_id": ("Y-tunnus", "Business ID"),
    "business_id_valid": ("Y-tunnus oikein", "Business ID valid"),
    "section": ("Osio", "Section"),
    "text": ("Teksti", "Text"),
    "first_line": ("Ensimmäinen rivi", "First line"),
    "question": ("Kysymys", "Question"),
    "answer": ("Vastaus", "Answer"),
    "justification": ("Perustelu", "Justification"),
    "dimension": ("Ulottuvuus", "Dimension"),
    "criterion": ("Kriteeri", "Criterion"),
    "direct": ("Välitön", "Direct"),
    "indirect": ("Välillinen", "Indirect"),
    "severity": ("Vakavuus", "Severity"),
    "message": ("Havainto", "Message"),
    "email": ("Sähköposti", "E-mail"),
    "phone": ("Puhelin", "Phone"),
    "granted_eu_state_eur": ("Myönnetty EU+valtio (€)", "Granted EU+state (€)"),
    "realised_eu_state_eur": ("Toteutunut EU+valtio (€)", "Realised EU+state (€)"),
    "planned_public_eur": ("Suunniteltu julkinen (€)", "Planned public (€)"),
    "realised_public_eur": ("Toteutunut julkinen (€)", "Realised public (€)"),
    "eu_state_realisation": ("EU+valtio toteutuma", "EU+state realisation"),
    "public_realisation": ("Julkisen rahoituksen toteutuma", "Public funding realisation"),
    "unspent_public_eur": ("Käyttämättä (€)", "Unspent (€)"),
    "eu_state_share": ("EU+valtio-osuus", "EU+state share"),
    "planned_days": ("Kesto (pv)", "Duration (days)"),
    "is_closed": ("Päättynyt", "Closed"),
    "realisation_band": ("Toteumaluokka", "Realisation band"),
    "programme_percentile": ("Persentiili ohjelmassa", "Programme percentile"),
    "programme_section": ("Ohjelman osio", "Programme section"),
    "implementer": ("Toteuttaja", "Implementer"),
    "start": ("Alkaa", "Start"),
    "end": ("Päättyy", "End"),
    "source_row": ("Rivi", "Row"),
    "row": ("Rivi", "Row"),
    "reason": ("Syy", "Reason"),
    "raw_line": ("Rivi sellaisenaan", "Raw line"),
    "sentence_index": ("Virke nro", "Sentence no."),
    "sentence": ("Virke", "Sentence"),
    "number_text": ("Luku tekstissä", "Number as written"),
    "value": ("Arvo", "Value"),
    "low": ("Alaraja", "Low"),
    "high": ("Yläraja", "High"),
    "qualifier": ("Määrite", "Qualifier"),
    "unit": ("Yksikkö", "Unit"),
    "realised_reported": ("Toteutunut (seuranta)", "Realised (monitoring)"),
    "realised_from_text": ("Toteutunut (loppuraportti)", "Realised (final report)"),
    "achievement": ("Saavutusaste", "Achievement"),
    "evidence": ("Näyttö", "Evidence"),
    "counts": ("Mitä laskee", "Counts"),
    "counted_word": ("Laskettu sana", "Counted word"),
    "relation": ("Liittyminen", "Relation"),
    "is_target": ("Tavoite", "Target"),
    "realised_parts": ("Osat", "Parts"),
    "statement": ("Toteamus", "Statement"),
    "fingerprint": ("Tunniste", "Fingerprint"),
    "review_status": ("Tarkistus", "Review"),
    "is_about_project": ("Koskee hanketta", "About the project"),
    "link": ("Yhteys pandemiaan", "Link to the pandemic"),
    "adaptations_confirmed": ("Muutokset (vahvistettu)", "Adaptations (confirmed)"),
    "delivery_plan": ("Toteutustapa suunnitelmassa", "Delivery, plan"),
    "delivery_final": ("Toteutustapa loppuraportissa", "Delivery, final report"),
    "evidence_confirmed": ("Vahvistettuja", "Confirmed"),
    "evidence_unconfirmed": ("Odottaa tarkistusta", "Awaiting review"),
    "review_file": ("Tiedosto", "File"),
    "review_table": ("Taulu", "Table"),
    "review_key": ("Avain", "Key"),
    "problem": ("Ongelma", "Problem"),
    "realised_confirmed": ("Toteutunut (vahvistettu)", "Realised (confirmed)"),
    "status_confirmed": ("Tila (vahvistettu)", "Status (confirmed)"),
    "achievement_confirmed": ("Saavutusaste (vahvistettu)", "Achievement (confirmed)"),
    "era": ("Koronakausi", "COVID cohort"),
    "emergency_overlap_days": ("Poikkeusolopäivät", "Emergency days"),
    "restriction_share": ("Rajoitusosuus", "Restriction share"),
    "covid_mentions_plan": ("Korona suunnitelmassa", "COVID in plan"),
    "covid_mentions_final": ("Korona loppuraportissa", "COVID in final report"),
    "remote_share_plan": ("Etäosuus suunnitelmassa", "Remote share, plan"),
    "remote_share_final": ("Etäosuus loppuraportissa", "Remote share, final report"),
    "adaptations": ("Muutokset", "Adaptations"),
    "evidence_count": ("Näyttövirkkeitä", "Evidence sentences"),
    "categories": ("Luokat", "Categories"),
    "matched_terms": ("Osumasanat", "Matched terms"),
    "is_negated": ("Kielto", "Negated"),
}
# Words copied from the descriptions as written: Finnish whatever the report's language, so
# that an English page marks them lang="fi" for screen readers and translators.
_DOCUMENT_TEXT = {
    "project_name",
    "priority_axis_name",
    "specific_objective_name",
    "authority",
    "applicant_name",
    "applicant_org_type",
    "label_fi",
    "name",
    "org_type",
    "indicator_label",
    "text",
    "justification",
    "criterion",
    "programme_section",
    "implementer",
    "raw_line",
    "sentence",
    "number_text",
    "qualifier",
    "evidence",
    "counted_word",
    "realised_parts",
    "statement",
    "matched_terms",
}
FIELDS = {
    name: replace(
        field,
        title_fi=_TITLES[name][0],
        title_en=_TITLES[name][1],
        is_document_text=name in _DOCUMENT_TEXT,
    )
    for name, field in FIELDS.items()
}


def _use(name: str, **override) -> Field:
    return replace(FIELDS[name], **override) if override else FIELDS[name]


def _key(name: str, **override) -> Field:
    return _use(name, required=True, **override)


RESOURCES: dict[str, Resource] = {
    r.name: r
    for r in (
        Resource(
            "projects",
            "One row per project description.",
            "Rivi hanketta kohden.",
            (
                _key("project_code"),
                *(
                    _use(n)
                    for n in (
                        "project_name",
                        "fund",
                        "priority_axis_code",
                        "priority_axis_name",
                        "specific_objective_code",
                        "specific_objective_name",
                        "planned_start",
                        "planned_end",
                        "status",
                        "authority",
                        "applicant_name",
                        "applicant_org_type",
                        "applicant_business_id",
                        "applicant_business_id_valid",
                        "applicant_street",
                        "applicant_postcode",
                        "applicant_city",
                        "applicant_website",
                        "applicant_mode",
                        "site_street",
                        "site_postcode",
                        "site_city",
                    )
                ),
                _use("has_final_report", required=True),
                _use("source_file", required=True),
                _use("source_sha256", required=True),
            ),
            ("project_code",),
        ),
        Resource(
            "project_sources",
            "The source line of each value in projects.csv.",
            "Kunkin projects.csv-arvon rivi lähdeasiakirjassa.",
            (_key("project_code"), _key("field"), _use("line", required=True)),
            ("project_code", "field"),
        ),
        Resource(
            "funding",
            "Public funding of section 5, in euros.",
            "Osion 5 julkinen rahoitus euroina.",
            (
                _key("project_code"),
                _key("source"),
                _key("stage"),
                _use("amount_eur"),
                _use("label_fi", required=True),
                _use("line"),
            ),
            ("project_code", "source", "stage"),
        ),
        Resource(
            "areas",
            "Target areas of section 6.",
            "Osion 6 maantieteellinen kohdealue.",
            (
                _key("project_code"),
                _key("level"),
                _key("position"),
                _use("name", en="Area name as written.", fi="Alueen nimi.", required=True),
                _use("line", required=True),
            ),
            ("project_code", "level", "position"),
        ),
        Resource(
            "indicators",
            "Participant counts of sections 7.1 and 7.2, and section 7's indicators of other "
            "forms (indicator other) with their labels.",
            "Osioiden 7.1 ja 7.2 osallistujamäärät sekä osion 7 muut indikaattorit nimineen.",
            (
                _key("project_code"),
                _key(
                    "indicator",
                    enum=("enterprises", "persons", "other"),
                    en="Participating enterprises (7.1), persons (7.2), or another indicator "
                    "of section 7 (its label in indicator_label).",
                    fi="Osallistuvat yritykset (7.1), henkilöt (7.2) tai osion 7 muu "
                    "indikaattori (nimi sarakkeessa indicator_label).",
                ),
                _key("indicator_label"),
                _use("planned"),
                _use("realised"),
                _use("planned_line"),
                _use("realised_line"),
            ),
            ("project_code", "indicator", "indicator_label"),
        ),
        Resource(
            "organisations",
            "Applicant and co-implementers of section 2.",
            "Osion 2 hakija ja osatoteuttajat.",
            (
                _key("project_code"),
                _key("role"),
                _key("position"),
                _use("name", en="Organisation name as written.", fi="Organisaation nimi."),
                _use("org_type"),
                _use("business_id"),
                _use("business_id_valid"),
                _use("line"),
            ),
            ("project_code", "role", "position"),
        ),
        Resource(
            "texts",
            "Free-text sections 3, 4.1, 4.2 and 9.",
            "Tekstiosiot 3, 4.1, 4.2 ja 9.",
            (
                _key("project_code"),
                _key("section"),
                _use("text", required=True),
                _use("first_line", required=True),
            ),
            ("project_code", "section"),
        ),
        Resource(
            "gender_equality",
            "Gender-equality questions of section 8.1.",
            "Osion 8.1 sukupuolten tasa-arvo.",
            (
                _key("project_code"),
                _key("question"),
                _use("answer"),
                _use("justification"),
                _use("line", required=True),
            ),
            ("project_code", "question"),
        ),
        Resource(
            "sustainability",
            "Sustainability criteria of section 8.2.",
            "Osion 8.2 kestävän kehityksen kriteerit.",
            (
                _key("project_code"),
                _use("position", maximum=15, required=True),
                _use("dimension"),
                _use("criterion", required=True),
                _use("direct"),
                _use("indirect"),
                _use("justification"),
                _use("line", required=True),
            ),
            ("project_code", "position"),
        ),
        Resource(
            "parse_issues",
            "Problems found while parsing; every rejected file has an error row.",
            "Jäsennyksessä havaitut ongelmat.",
            (
                _use("source_file", required=True),
                _use("project_code"),
                _use("severity"),
                _use("field", required=True),
                _use("line"),
                _use("message"),
            ),
            (),
            sort_by=("source_file", "line", "field", "message"),
        ),
        Resource(
            "contacts",
            "Contact persons (personal data; written only with --include-contacts).",
            "Yhteyshenkilöt (henkilötietoja; vain valitsimella --include-contacts).",
            (
                _key("project_code"),
                _use("name", en="Contact person's name.", fi="Yhteyshenkilön nimi."),
                _use(
                    "role",
                    en="Contact person's position in the applicant organisation.",
                    fi="Yhteyshenkilön asema hakijaorganisaatiossa.",
                    enum=None,
                ),
                _use(
                    "email",
                    en="Contact person's e-mail as written.",
                    fi="Yhteyshenkilön sähköposti.",
                ),
                _use(
                    "phone", en="Contact person's phone as written.", fi="Yhteyshenkilön puhelin."
                ),
            ),
            ("project_code",),
            optional=True,
        ),
        Resource(
            "funding_realisation",
            "Funding realisation per project (analysis).",
            "Rahoituksen toteutuminen hankkeittain (analyysi).",
            (
                _key("project_code"),
                *(
                    _use(n)
                    for n in (
                        "granted_eu_state_eur",
                        "realised_eu_state_eur",
                        "eu_state_realisation",
                        "planned_public_eur",
                        "realised_public_eur",
                        "public_realisation",
                        "unspent_public_eur",
                        "eu_state_share",
                        "planned_days",
                        "is_closed",
                        "realisation_band",
                        "programme_percentile",
                    )
                ),
            ),
            ("project_code",),
            stage="analyse",
        ),
        Resource(
            "participant_claims",
            "Every quantity in the free-text sections with what it counts (analysis).",
            "Tekstiosioiden luvut ja mitä ne laskevat (analyysi).",
            (
                _key("project_code"),
                _key("section"),
                _key("sentence_index"),
                _use("sentence", required=True),
                _use(
                    "start",
                    type="integer",
                    en="Offset of the number in the sentence (0-based).",
                    fi="Luvun alkukohta virkkeessä.",
                    required=True,
                    minimum=0,
                    title_fi="Alku",
                    title_en="Start",
                ),
                _use(
                    "end",
                    type="integer",
                    en="Offset just after the number in the sentence.",
                    fi="Luvun loppukohta virkkeessä.",
                    required=True,
                    minimum=1,
                    title_fi="Loppu",
                    title_en="End",
                ),
                _use("value"),
                _use("number_text", required=True),
                _use("low"),
                _use("high"),
                _use("qualifier"),
                _use("unit", required=True),
                _use(
                    "stage",
                    enum=("target", "outcome"),
                    en="Target (plan, estimate) or outcome (what happened).",
                    fi="Tavoite vai tulos.",
                    required=True,
                ),
                _use("counts"),
                _use("counted_word"),
                _use("relation"),
                _use("is_target", required=True),
            ),
            ("project_code", "section", "sentence_index", "start"),
            stage="analyse",
        ),
        Resource(
            "participant_outcomes",
            "Participant targets against outcomes, with evidence (analysis).",
            "Osallistujatavoitteet ja tulokset näyttöineen (analyysi).",
            (
                _key("project_code"),
                _key("indicator"),
                _use("planned"),
                _use("realised_reported"),
                _use("realised_from_text"),
                _use("achievement"),
                _use(
                    "status",
                    enum=("met", "exceeded", "not_met", "not_reported", "no_target"),
                    en="met, exceeded, not_met, not_reported or no_target.",
                    fi="Tavoitteen tila.",
                    required=True,
                    title_fi="Tila",
                    title_en="Status",
                ),
                _use("evidence"),
                _use(
                    "source",
                    enum=("indicator", "text_total", "text_qualitative", "text_share"),
                    en="Where the realised figure or status comes from: the monitoring data, a "
                    "figure in the final report, a qualitative statement there, or a share of "
                    "the target stated there (e.g. 85 %).",
                    fi="Tiedon lähde.",
                    title_fi="Lähde",
                    title_en="Source",
                ),
                _use("realised_parts"),
                _use("statement"),
                _use("fingerprint", required=True),
                _use("review_status", required=True),
                _use("realised_confirmed"),
                _use("status_confirmed"),
                _use("achievement_confirmed"),
            ),
            ("project_code", "indicator"),
            stage="analyse",
        ),
        Resource(
            "covid_projects",
            "COVID-era exposure and adaptations per project (analysis).",
            "Koronakauden altistus ja muutokset hankkeittain (analyysi).",
            (
                _key("project_code"),
                _use("era"),
                _use("emergency_overlap_days"),
                _use("restriction_share"),
                _use("covid_mentions_plan"),
                _use("covid_mentions_final"),
                _use("remote_share_plan"),
                _use("remote_share_final"),
                _use("adaptations"),
                _use("evidence_count", required=True),
                _use("delivery_plan"),
                _use("delivery_final"),
                _use("adaptations_confirmed"),
                _use("evidence_confirmed", required=True),
                _use("evidence_unconfirmed", required=True),
            ),
            ("project_code",),
            stage="analyse",
        ),
        Resource(
            "covid_evidence",
            "Sentences in at least one COVID category, with the matched words (analysis).",
            "Koronaluokkiin osuneet virkkeet osumasanoineen (analyysi).",
            (
                _key("project_code"),
                _key("section"),
                _key("sentence_index"),
                _use("sentence", required=True),
                _use("categories", required=True),
                _use("matched_terms", required=True),
                _use("is_negated", required=True),
                _use(
                    "adaptations",
                    en="Of the sentence's categories, those that count as an "
                    "adaptation (COVID context).",
                    fi="Muutokseksi laskettavat luokat.",
                ),
                _use("is_about_project", required=True),
                _use("link"),
                _use("fingerprint", required=True),
                _use("review_status", required=True),
                _use("adaptations_confirmed"),
            ),
            ("project_code", "section", "sentence_index"),
            stage="analyse",
        ),
        Resource(
            "programme_projects",
            "Projects of a programme-wide project list export.",
            "Ohjelman hankeluettelon hankkeet.",
            (
                _key("project_code"),
                _use("fund"),
                _use("project_name"),
                _use("programme_section"),
                _use("priority_axis_code"),
                _use("authority"),
                _use("status"),
                _use("start"),
                _use("end"),
                _use("implementer"),
                _use("granted_eu_state_eur"),
                _use("realised_eu_state_eur"),
                _use("planned_public_eur"),
                _use("realised_public_eur"),
                _use("source_row", required=True),
            ),
            ("project_code",),
            stage="import-projects",
        ),
        Resource(
            "programme_issues",
            "Rows of a project list that were set aside, with the reason.",
            "Hankeluettelon rivit, joita ei tuotu, ja syy.",
            (
                _use("row", required=True),
                _use("reason", required=True),
                _use("raw_line", required=True),
            ),
            ("row",),
            stage="import-projects",
        ),
        Resource(
            "review_issues",
            "Review rows that were not applied as written, with the reason (analysis).",
            "Tarkistusrivit, joita ei sovellettu sellaisenaan, ja syy (analyysi).",
            (
                _use("review_file", required=True),
                _use("line"),
                _use("review_table", required=True),
                _use("review_key"),
                _use("problem", required=True),
            ),
            (),
            sort_by=("review_file", "line"),
            stage="analyse",
        ),
    )
}
