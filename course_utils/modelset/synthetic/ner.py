"""Generated English NER data in CoNLL style (PER, LOC, ORG, MISC; BIO tags per word).

Sentences come from ~100 templates across news, sport, business, science, travel, history and
everyday life, filled from `lexicon` and often joined in pairs, so the model sees entities in
many contexts: ambiguous names (Jordan the person and the country), organisations named after
places, titles outside PER spans, possessives, adjacent entities, entity-free sentences.
"""
import random
import re

from ..conll import LABELS, split_words  # noqa: F401  (part of this module's interface)
from . import lexicon as lx


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _person(rng):
    roll = rng.random()
    if roll < 0.55:
        return f"{rng.choice(lx.FIRST_NAMES)} {rng.choice(lx.SURNAMES)}"
    if roll < 0.65:
        return f"{rng.choice(lx.FIRST_NAMES)} {rng.choice(lx.PARTICLE_SURNAMES)}"
    if roll < 0.85:
        return rng.choice(lx.SURNAMES)
    if roll < 0.93:
        return rng.choice(lx.FIRST_NAMES)
    return rng.choice(lx.AMBIGUOUS["PER"]) + " " + rng.choice(lx.SURNAMES)


def _city(rng):
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(lx.CITIES)
    if roll < 0.8:
        return rng.choice(lx.MULTIWORD_CITIES)
    if roll < 0.95:
        return rng.choice(lx.SMALL_PLACES)
    return rng.choice(lx.AMBIGUOUS["LOC"])


def _street(rng):
    name = rng.choice(lx.SURNAMES + ["Station", "Church", "Market", "Park", "Mill", "King",
                                     "Queen", "High", "Bridge", "Harbour", "Victoria"])
    return f"{name} {rng.choice(lx.STREET_SUFFIXES)}"


def _place_any(rng):
    pools = [lx.WATERS, lx.MOUNTAINS, lx.LANDMARKS, lx.NEIGHBOURHOODS, lx.REGIONS, lx.RIVERS]
    return rng.choice(rng.choice(pools)) if rng.random() < 0.8 else _street(rng)


def _org_any(rng):
    pools = [lx.GOVERNMENT, lx.PARTIES, lx.MEDIA, lx.BANDS, lx.SHORT_UNIVERSITIES,
             lx.COMPANIES, lx.INSTITUTIONS, lx.TEAMS]
    return rng.choice(rng.choice(pools))


def _misc_any(rng):
    pools = [lx.AWARDS, lx.FESTIVALS, lx.MODELS, lx.WORKS, lx.WARS, lx.EVENTS, lx.LANGUAGES,
             lx.NATIONALITIES + lx.MORE_NATIONALITIES, lx.PRODUCTS]
    return rng.choice(rng.choice(pools))


def _long_org_names(rng):
    """Organisation names of several words, built the way real ones are."""
    surname, city = rng.choice(lx.SURNAMES), rng.choice(lx.CITIES)
    country = rng.choice(lx.COUNTRIES)
    return [f"{surname} Consultancy Services", f"{surname} Holdings", f"Bank of {city}",
            f"People's Bank of {country}", f"{city} Chamber of Commerce",
            f"{surname} & Partners", f"{city} City Council", f"{surname} Group",
            f"{country} Airways", f"{city} Symphony Orchestra", f"University of {city}",
            f"{surname} Foundation"]


SLOTS = {
    "PER": ("PER", _person),
    "PER2": ("PER", _person),
    "SURNAME": ("PER", lambda r: r.choice(lx.SURNAMES)),
    "CITY": ("LOC", _city),
    "CITY2": ("LOC", _city),
    "COUNTRY": ("LOC", lambda r: r.choice(lx.COUNTRIES)),
    "COUNTRY2": ("LOC", lambda r: r.choice(lx.COUNTRIES)),
    "REGION": ("LOC", lambda r: r.choice(lx.REGIONS)),
    "RIVER": ("LOC", lambda r: r.choice(lx.RIVERS)),
    "PLACE": ("LOC", lambda r: r.choice([_city(r), r.choice(lx.COUNTRIES), r.choice(lx.REGIONS)])),
    "COMPANY": ("ORG", lambda r: r.choice(lx.COMPANIES)),
    "COMPANY2": ("ORG", lambda r: r.choice(lx.COMPANIES)),
    "INST": ("ORG", lambda r: r.choice(lx.INSTITUTIONS)),
    "TEAM": ("ORG", lambda r: r.choice(lx.TEAMS + lx.AMBIGUOUS["ORG"][:4])),
    "TEAM2": ("ORG", lambda r: r.choice(lx.TEAMS)),
    "ORG": ("ORG", lambda r: r.choice(lx.COMPANIES + lx.INSTITUTIONS)),
    "NAT": ("MISC", lambda r: r.choice(lx.NATIONALITIES)),
    "LANG": ("MISC", lambda r: r.choice(lx.LANGUAGES)),
    "EVENT": ("MISC", lambda r: r.choice(lx.EVENTS)),
    "GAMES": ("MISC", lambda r: r.choice(lx.SPORT_EVENTS)),
    "PRODUCT": ("MISC", lambda r: r.choice(lx.PRODUCTS)),
    "RELIGION": ("MISC", lambda r: r.choice(lx.RELIGIONS)),
    "STREET": ("LOC", _street),
    "WATER": ("LOC", lambda r: r.choice(lx.WATERS)),
    "MOUNTAIN": ("LOC", lambda r: r.choice(lx.MOUNTAINS)),
    "LANDMARK": ("LOC", lambda r: r.choice(lx.LANDMARKS)),
    "AREA": ("LOC", lambda r: r.choice(lx.NEIGHBOURHOODS)),
    "LOCANY": ("LOC", _place_any),
    "GOV": ("ORG", lambda r: r.choice(lx.GOVERNMENT)),
    "PARTY": ("ORG", lambda r: r.choice(lx.PARTIES)),
    "MEDIA": ("ORG", lambda r: r.choice(lx.MEDIA)),
    "BAND": ("ORG", lambda r: r.choice(lx.BANDS)),
    "UNI": ("ORG", lambda r: r.choice(lx.SHORT_UNIVERSITIES + lx.INSTITUTIONS[10:18])),
    "ORGANY": ("ORG", _org_any),
    "AWARD": ("MISC", lambda r: r.choice(lx.AWARDS)),
    "FESTIVAL": ("MISC", lambda r: r.choice(lx.FESTIVALS)),
    "MODEL": ("MISC", lambda r: r.choice(lx.MODELS)),
    "WORK": ("MISC", lambda r: r.choice(lx.WORKS)),
    "WAR": ("MISC", lambda r: r.choice(lx.WARS)),
    "DEMONYM": ("MISC", lambda r: r.choice(lx.NATIONALITIES + lx.MORE_NATIONALITIES)),
    "MISCANY": ("MISC", _misc_any),
    # A club called after its city is an organisation (CoNLL tags it ORG), unlike the city.
    "CITYCLUB": ("ORG", lambda r: r.choice(lx.CITIES)),
    "CITYCLUB2": ("ORG", lambda r: r.choice(lx.CITIES)),
    "BIGORG": ("ORG", lambda r: r.choice(_long_org_names(r))),
    "MOUNT": ("LOC", lambda r: "Mount " + r.choice(["Kenya", "Elgon", "Olympus", "Sinai",
                                                     "Rainier", "Etna", "Cook", "Ararat"])),
    "TITLE": (None, lambda r: r.choice(lx.TITLES)),
    "MONTH": (None, lambda r: r.choice(MONTHS)),
    "DAY": (None, lambda r: r.choice(DAYS)),
    "YEAR": (None, lambda r: str(r.randint(1850, 2025))),
    "NUM": (None, lambda r: str(r.choice([2, 3, 5, 12, 40, 150, 300, 1200, 25000]))),
    "PCT": (None, lambda r: f"{r.randint(1, 60)} percent"),
}

TEMPLATES = """
The {DEMONYM} chess champion {PER} won again in {CITY}.
{PER} was called up to the {DEMONYM} national football team on {DAY}.
A {DEMONYM} climate activist spoke at the summit in {CITY}.
The {DEMONYM} cup final will be played in {CITY} in {MONTH}.
{PER} is the first {DEMONYM} woman to win the award for best director.
The {DEMONYM} economy grew by {PCT} in the first quarter.
Two {DEMONYM} tourists were rescued from {MOUNT} on {DAY}.
Thousands of {DEMONYM} fans sang outside the stadium in {CITY}.
The {DEMONYM} foreign minister, {PER}, flew to {COUNTRY} for peace talks.
{DEMONYM} farmers protested in {CITY} against the new tax on diesel.
{CITYCLUB} beat {CITYCLUB2} 3-1 on {DAY} night.
{CITYCLUB} signed the striker {PER} from {CITYCLUB2} for a record fee.
{PER} scored in the 89th minute to give {CITYCLUB} a draw against {TEAM}.
Fans of {CITYCLUB} travelled to {CITY} for the away game.
{CITYCLUB} are top of the league after a 2-0 win over {CITYCLUB2}.
The coach of {CITYCLUB}, {PER}, was sacked after five defeats in a row.
{BIGORG} reported record profits for the fifth year running.
{PER} worked for {BIGORG} for ten years before joining {ORG}.
A spokesperson for {BIGORG} said the deal would be completed by {MONTH}.
{BIGORG} will cut 300 jobs in {CITY}, the union said.
The 19th century was a time of rapid growth for {CITY}.
{PER} won the prize for best picture at the ceremony in {CITY}.
Volunteers from {INST} handed out food and disaster relief in {REGION}.
The lunar lander built by {COMPANY} is due to launch in {MONTH}.
{COUNTRY} sent peacekeeping troops to the border at dawn.
{PER} climbed {MOUNT} with three friends last {MONTH}.
{PER} said in an interview with {MEDIA} that he would not stand again.
The story was first reported by {MEDIA} on {DAY}.
Women in {COUNTRY} won the right to vote in {YEAR}.
{PER} teaches a foreign language course at {UNI} every summer.
Hi {PER}, thanks for your email about the trip to {CITY}.
Dear {PER}, the meeting with {COMPANY} has moved to {DAY}.
The {CITY} police said two men had been arrested near {LANDMARK}.
Officers from the {CITY} police closed {STREET} for the parade.
The {ORG} union called a strike for {DAY}.
Members of the {PARTY} youth wing marched through {CITY}.
The state news agency {MEDIA} said the talks had ended.
The {NAT} space agency {INST} launched a weather satellite.
Tickets for the {FESTIVAL} show in {CITY} sold out in an hour.
Visitors climbed the {LANDMARK} tower for a view of {CITY}.
The {COMPANY} factory in {CITY} makes parts for {MODEL} cars.
{PER} signed a new contract with {TEAM} on {DAY}.
{PER} wore the number ten jersey for {TEAM} last season.
The {COUNTRY} committee approved the budget on {DAY}.
{PER}'s laptop was stolen from a cafe in {CITY}.
{COMPANY} said its {PRODUCT} sales had doubled in {COUNTRY}.
{PER} bought a small vineyard outside {CITY} in {YEAR}.
The {CITYCLUB} fans stayed long after the final whistle.
{PER} of {CITYCLUB} was the best player on the pitch.
The {WAR} museum in {CITY} reopened after repairs.
{PER} was born in {CITY} in {YEAR}.
{TITLE} {PER} arrived in {CITY} on {DAY} for talks with {INST}.
{COMPANY} announced on {DAY} that it will open a new office in {CITY}.
{COMPANY} shares fell {PCT} after the company cut its forecast.
{PER}, a {NAT} engineer, joined {COMPANY} in {YEAR}.
The {NAT} government said it would send {NUM} doctors to {COUNTRY}.
{TEAM} beat {TEAM2} 2-1 in {CITY} on {DAY} night.
{PER} scored twice as {TEAM} won the derby.
{PER} will coach {TEAM} until the end of the season.
{PER} won gold at {GAMES} in {CITY}.
Thousands of fans travelled to {CITY} for {EVENT}.
{INST} warned that food prices in {COUNTRY} could rise again.
Researchers at {INST} published the study with colleagues from {COMPANY}.
{PER} studied physics at {INST} before moving to {COUNTRY}.
The museum in {CITY} holds a large collection of {NAT} paintings.
{PER} speaks {LANG} and {LANG} at home.
Most people in {COUNTRY} speak {LANG}.
{RIVER} flows through {CITY} before reaching the sea.
We spent a week hiking in {REGION} last {MONTH}.
My sister lives in {CITY} and works for {COMPANY}.
{PER} and {PER2} met at a conference in {CITY}.
According to {INST}, the population of {COUNTRY} grew by {PCT}.
{PER} told {INST} that the plan was still on track.
{COMPANY}'s new {PRODUCT} will go on sale in {MONTH}.
{PER} bought a {PRODUCT} in {CITY}.
The flight from {CITY} to {CITY2} was delayed by three hours.
{PER} is the chief executive of {COMPANY}.
{COMPANY} agreed to buy {COMPANY2} for {NUM} million dollars.
Police in {CITY} arrested two men on {DAY}, {INST} reported.
The {RELIGION} community in {CITY} celebrated {EVENT} together.
{PER}'s latest novel is set in {REGION} during {EVENT}.
{PER} directed the film, which premiered at {EVENT}.
{COUNTRY} and {COUNTRY2} signed a trade agreement in {CITY}.
{TITLE} {PER} resigned after {NUM} years in office.
The storm hit {REGION} on {DAY}, cutting power to {NUM} homes.
{PER} grew up in a small village near {CITY}.
Tickets for {EVENT} sold out within hours.
The {NAT} team arrived in {CITY} ahead of {GAMES}.
{INST} opened an investigation into {COMPANY}.
{PER} works as a nurse in {CITY}.
Have you ever been to {CITY}?
Did {PER} really move to {COUNTRY}?
Why did {COMPANY} leave {COUNTRY}?
{PER} said the {NAT} economy was recovering.
{PER} translated the book from {LANG} into {LANG}.
A new bridge across {RIVER} will link {CITY} and {CITY2}.
{PER} became the first woman to lead {INST}.
Engineers from {COMPANY} and {COMPANY2} are building the plant in {COUNTRY}.
Farmers in {REGION} expect a poor harvest this year.
{PER}, who founded {COMPANY}, lives in {CITY}.
{TEAM} signed {PER} from {TEAM2} for {NUM} million euros.
{PER} finished second behind {PER2} in {CITY}.
The concert in {CITY} raised money for {INST}.
{PER} was elected mayor of {CITY} in {YEAR}.
The {NAT} ambassador met {TITLE} {PER} in {CITY}.
{INST} will hold its annual meeting in {CITY} in {MONTH}.
Visitors to {CITY} often take a boat trip on {RIVER}.
{PER} reported from {COUNTRY} for {INST} for ten years.
The {PRODUCT} was designed by a team led by {PER}.
{PER} and her husband run a small restaurant in {CITY}.
In {YEAR}, {PER} sailed from {CITY} to {CITY2}.
{COUNTRY} will host {EVENT} for the first time.
{PER} thanked {INST} for its support.
The exhibition moves to {CITY} after it closes in {CITY2}.
{COMPANY} employs {NUM} people in {COUNTRY}.
{PER} is a {NAT} singer who lives in {CITY}.
Protesters gathered outside the offices of {COMPANY} in {CITY}.
{PER} teaches {LANG} at a school in {CITY}.
The report by {INST} criticised {COUNTRY} and {COUNTRY2}.
{PER} left {COMPANY} to start her own business in {CITY}.
{PER} has played for {TEAM} since {YEAR}.
The road between {CITY} and {CITY2} reopened on {DAY}.
On {DAY}, {PER} visited a hospital in {CITY}.
{SURNAME} said the deal with {COMPANY} was fair.
"We are very happy," said {PER}, speaking in {CITY}.
{PER} wrote to {TITLE} {PER2} about the project.
Prices in {CITY} rose faster than anywhere else in {COUNTRY}.
{PER} moved from {CITY}, {COUNTRY} to {CITY2} as a child.
{COMPANY} is based in {CITY}.
{COMPANY}'s headquarters are in {CITY}.
The company {COMPANY} was founded by {PER} in {YEAR}.
Students from {INST} won the competition in {CITY}.
{PER} is reading {PRODUCT} for her book club.
The {NAT} and {NAT} leaders met in {CITY}.
{TEAM} fans celebrated in the streets of {CITY}.
{PER}, {PER2} and {SURNAME} were named in the squad.
The cafe on {STREET} in {CITY} serves the best coffee in town.
Traffic on {STREET} was diverted after a water pipe burst.
Ferries across {WATER} were cancelled because of high winds.
{PER} swam across {WATER} to raise money for {INST}.
Climbers set off for the summit of {MOUNTAIN} before dawn.
{PER} photographed {MOUNTAIN} from the window of her hotel.
Crowds gathered at {LANDMARK} to watch the fireworks.
The train to {CITY} leaves from {LANDMARK} every hour.
Rents in {AREA} have doubled in ten years.
{PER} opened a bakery in {AREA}, a neighbourhood of {CITY}.
{GOV} rejected the proposal on {DAY}.
A spokesperson for {GOV} declined to comment.
{PER} was questioned by {GOV} about the missing funds.
{PARTY} won {PCT} of the vote in {PLACE}.
{PER}, the leader of {PARTY}, spoke to supporters in {CITY}.
{MEDIA} reported that the talks had collapsed.
In an interview with {MEDIA}, {PER} said she had no regrets.
{BAND} will play two concerts in {CITY} this summer.
Tickets for the {BAND} tour sold out in minutes.
{PER} is a professor of law at {UNI}.
After graduating from {UNI}, {PER} joined {ORGANY}.
{PER} was awarded {AWARD} in {YEAR}.
The film won {AWARD} at {EVENT}.
Families in {CITY} celebrated {FESTIVAL} with music and food.
Shops close early during {FESTIVAL}.
{COMPANY} recalled thousands of {MODEL} cars after a fault was found.
{PER} bought a second-hand {MODEL} last week.
{PER} read {WORK} on the train to {CITY}.
The new film version of {WORK} opens in {MONTH}.
{PER}'s grandfather fought in {WAR}.
The museum in {CITY} has a room about {WAR}.
A {DEMONYM} startup has raised money from investors in {CITY}.
The {DEMONYM} coach praised her players after the match.
We tried {DEMONYM} food for the first time in {AREA}.
{PER} is a {DEMONYM}-born architect based in {CITY}.
Most of the visitors were {DEMONYM} tourists.
{ORGANY} and {ORGANY} signed the agreement in {LOCANY}.
{PER} works for {ORGANY} and lives near {LOCANY}.
Last year {PER} visited {LOCANY} and wrote about {MISCANY}.
The report from {ORGANY} mentions {MISCANY} twice.
{PER} gave a talk on {MISCANY} at {UNI}.
""".strip().splitlines()

NO_ENTITY = """
The meeting was moved to next Tuesday because of the rain.
Prices for fresh vegetables rose again this month.
She finished the marathon in just under four hours.
Our train was late, so we missed the start of the film.
The new library opens at nine every morning except Sunday.
He has been learning to play the piano since he was six.
Most of the tickets were sold online within an hour.
The committee will announce its decision in January.
Scientists say the ice is melting faster than expected.
The children planted tomatoes and beans in the school garden.
The company reported higher profits for the third quarter.
Heavy snow closed several roads in the north on Friday.
The team lost its final match of the season.
I usually drink coffee before work and tea in the afternoon.
The museum is free for students on the first Monday of each month.
Doctors recommend at least seven hours of sleep a night.
The bridge was built more than a hundred years ago.
They moved to a bigger flat after the baby was born.
The government promised to build more schools and hospitals.
The price of the new phone has not been announced yet.
""".strip().splitlines()

CONNECTORS = [", and ", ", but ", " while ", "; ", ". ", " after ", " because "]


def render(template, rng):
    """Fill one template: return (words, tags)."""
    words, tags = [], []
    for piece in re.split(r"(\{[A-Z0-9]+\})", template):
        if not piece:
            continue
        slot = piece[1:-1] if piece.startswith("{") else None
        if slot is None:
            for w in split_words(piece):
                words.append(w)
                tags.append("O")
            continue
        kind, draw = SLOTS[slot]
        value = draw(rng)
        if kind and value.startswith("the "):
            words.append("the")
            tags.append("O")
            value = value[4:]
        parts = value.split()
        words += parts
        tags += ["O"] * len(parts) if kind is None else \
            [f"B-{kind}"] + [f"I-{kind}"] * (len(parts) - 1)
    return words, tags


def _sentence_case(words):
    if words and words[0] == "the":
        words[0] = "The"
    return words


_CAPITAL_INSIDE = re.compile(r"(?<!^)\b[A-Z]")


def entity_free_sentences():
    """Everyday English with no names: the HSK sentences' English translations that have no
    capitalised word after the first (the pronoun I aside), plus a few hand-written ones."""
    from ...data import load_hsk_sentences

    english = load_hsk_sentences()["english"]
    keep = [s for s in english if 4 <= len(s.split()) <= 30
            and not _CAPITAL_INSIDE.search(re.sub(r"\bI\b", "i", s))]
    return sorted(set(keep)) + NO_ENTITY


def sentence(rng, plain):
    """One training example: a template, a template pair, or an entity-free sentence."""
    roll = rng.random()
    if roll < 0.1:
        words = split_words(rng.choice(plain))
        return words, ["O"] * len(words)
    words, tags = render(rng.choice(TEMPLATES), rng)
    if roll < 0.35:
        joiner = rng.choice(CONNECTORS)
        second = rng.choice(TEMPLATES)
        if words[-1] in ".?!":
            words, tags = words[:-1], tags[:-1]
        w2, t2 = render(second, rng)
        if joiner != ". " and w2[0] not in ("I",) and tags[0] == "O" and t2[0] == "O":
            w2[0] = w2[0].lower()
        words += split_words(joiner.strip()) + w2
        tags += ["O"] * len(split_words(joiner.strip())) + t2
    return _sentence_case(words), tags


def generate(n, seed):
    """`n` examples as a datasets.Dataset with columns tokens, ner_tags (ClassLabel)."""
    from datasets import ClassLabel, Dataset, Features, Sequence, Value

    rng = random.Random(seed)
    plain = entity_free_sentences()
    rows = [sentence(rng, plain) for _ in range(n)]
    features = Features({"tokens": Sequence(Value("string")),
                         "ner_tags": Sequence(ClassLabel(names=LABELS))})
    return Dataset.from_dict({"tokens": [w for w, _ in rows],
                              "ner_tags": [[LABELS.index(t) for t in tags] for _, tags in rows]},
                             features=features)


def load_ner(n_train=8000, n_validation=800):
    """Generated train/validation splits (seeds 1 and 2) and the hand-written test set."""
    from datasets import DatasetDict

    from ..testsets import load_ner_test

    return DatasetDict({"train": generate(n_train, seed=1),
                        "validation": generate(n_validation, seed=2),
                        "test": load_ner_test()})
