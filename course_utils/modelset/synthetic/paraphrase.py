"""Generated English paraphrase pairs (label 1 = same meaning), MRPC-style.

Built from fact frames. Each frame states one fact in several wordings (active/passive,
reordered clauses, synonyms, nominalisations): two wordings of the same fact make a positive
pair. Hard negatives keep the wording close and change one thing: a slot value (another
person, place, number, date), the roles of two participants, or the verb for its contrast
(opened/closed, lent/borrowed, rose/fell). Related and unrelated negatives pair different
facts.

Everyday sentences (the HSK English translations) give more pairs: a positive rewords a
sentence with the synonym groups of `rewordings` (and may reorder its clauses), a hard
negative changes one thing it says (antonym, quantifier, number, negation) and is reworded
too. Frame pairs get the same rewording on either label, so the share of shared words says
nothing about the label.
"""
import random
import re
from functools import lru_cache

from . import lexicon as lx
from . import rewordings as rw

LABELS = ["not paraphrase", "is paraphrase"]  # the notes' MRPC checkpoint's two classes
from .ner import _city, _person

# Each frame: slots, wordings of the fact, contrast wordings (same slots, different fact),
# and which two slots may be swapped to reverse roles.
FRAMES = [
    {"slots": ["A", "B", "YEAR"],
     "say": ["{A} hired {B} in {YEAR}.", "In {YEAR}, {B} was hired by {A}.",
             "{B} joined {A} as an employee in {YEAR}.", "{A} took {B} on in {YEAR}."],
     "contrast": ["{A} fired {B} in {YEAR}.", "In {YEAR}, {B} left {A}."], "swap": None},
    {"slots": ["P", "Q", "THING"],
     "say": ["{P} lent {Q} {THING}.", "{P} let {Q} borrow {THING}.",
             "{Q} borrowed {THING} from {P}.", "{THING} was lent to {Q} by {P}."],
     "contrast": ["{Q} lent {P} {THING}.", "{P} borrowed {THING} from {Q}."], "swap": ("P", "Q")},
    {"slots": ["COMPANY", "NUM", "PLACE"],
     "say": ["{COMPANY} will open {NUM} new stores in {PLACE}.",
             "{COMPANY} plans to open {NUM} new shops in {PLACE}.",
             "{NUM} new {COMPANY} stores are set to open in {PLACE}.",
             "In {PLACE}, {COMPANY} is going to open {NUM} new stores."],
     "contrast": ["{COMPANY} will close {NUM} stores in {PLACE}.",
                  "{COMPANY} opened {NUM} new stores in {PLACE} last year."], "swap": None},
    {"slots": ["CITY", "CITY2", "HOURS"],
     "say": ["The flight from {CITY} to {CITY2} was delayed by {HOURS} hours.",
             "Our {CITY}-{CITY2} flight left {HOURS} hours late.",
             "The plane from {CITY} to {CITY2} took off {HOURS} hours behind schedule.",
             "A {HOURS}-hour delay hit the flight from {CITY} to {CITY2}."],
     "contrast": ["The flight from {CITY} to {CITY2} was cancelled.",
                  "The flight from {CITY} to {CITY2} arrived {HOURS} hours early."],
     "swap": ("CITY", "CITY2")},
    {"slots": ["PER", "TEAM", "NUM"],
     "say": ["{PER} scored {NUM} goals for {TEAM} this season.",
             "This season {PER} has scored {NUM} goals for {TEAM}.",
             "{TEAM}'s {PER} found the net {NUM} times this season.",
             "{NUM} of {TEAM}'s goals this season came from {PER}."],
     "contrast": ["{PER} scored {NUM} goals against {TEAM} this season.",
                  "{PER} missed {NUM} penalties for {TEAM} this season."], "swap": None},
    {"slots": ["PRICE", "PCT", "MONTH"],
     "say": ["The price of {PRICE} rose by {PCT} percent in {MONTH}.",
             "In {MONTH}, {PRICE} became {PCT} percent more expensive.",
             "{PRICE} prices went up {PCT} percent in {MONTH}.",
             "There was a {PCT} percent increase in the price of {PRICE} in {MONTH}."],
     "contrast": ["The price of {PRICE} fell by {PCT} percent in {MONTH}.",
                  "In {MONTH}, {PRICE} became {PCT} percent cheaper."], "swap": None},
    {"slots": ["PER", "CITY", "YEAR"],
     "say": ["{PER} was born in {CITY} in {YEAR}.", "{PER} was born in {YEAR} in {CITY}.",
             "{CITY} is where {PER} was born, in {YEAR}.", "Born in {YEAR}, {PER} is a native of {CITY}."],
     "contrast": ["{PER} died in {CITY} in {YEAR}.", "{PER} moved to {CITY} in {YEAR}."],
     "swap": None},
    {"slots": ["MUSEUM", "DAY", "HOUR"],
     "say": ["The {MUSEUM} is closed on {DAY}s and opens at {HOUR} on other days.",
             "Apart from {DAY}s, when it is closed, the {MUSEUM} opens at {HOUR}.",
             "The {MUSEUM} opens every day at {HOUR} except {DAY}, when it stays shut.",
             "Except on {DAY}s, you can visit the {MUSEUM} from {HOUR}."],
     "contrast": ["The {MUSEUM} is open on {DAY}s and closes at {HOUR}.",
                  "The {MUSEUM} is only open on {DAY}s, from {HOUR}."], "swap": None},
    {"slots": ["STORE", "DAYS"],
     "say": ["You can return any item to the {STORE} within {DAYS} days for a full refund.",
             "The {STORE} gives a full refund on items returned within {DAYS} days.",
             "Items brought back to the {STORE} within {DAYS} days are fully refunded.",
             "Within {DAYS} days of purchase, the {STORE} will refund returned items in full."],
     "contrast": ["Items returned to the {STORE} after {DAYS} days are not refunded.",
                  "The {STORE} only exchanges items returned within {DAYS} days; it gives no refunds."],
     "swap": None},
    {"slots": ["PER", "PER2", "EVENT"],
     "say": ["{PER} beat {PER2} in the final of {EVENT}.", "{PER2} lost the {EVENT} final to {PER}.",
             "In the final of {EVENT}, {PER} defeated {PER2}.", "{PER} won the {EVENT} final against {PER2}."],
     "contrast": ["{PER} lost to {PER2} in the final of {EVENT}.",
                  "{PER} beat {PER2} in the semi-final of {EVENT}."], "swap": ("PER", "PER2")},
    {"slots": ["INST", "STUDY", "GROUP"],
     "say": ["A study by {INST} found that {STUDY} helps {GROUP} sleep better.",
             "According to research from {INST}, {GROUP} sleep better thanks to {STUDY}.",
             "{INST} researchers report that {STUDY} improves sleep in {GROUP}.",
             "{GROUP} sleep better with {STUDY}, a study by {INST} shows."],
     "contrast": ["A study by {INST} found that {STUDY} makes {GROUP} sleep worse.",
                  "A study by {INST} found no link between {STUDY} and sleep in {GROUP}."],
     "swap": None},
    {"slots": ["COMPANY", "COMPANY2", "NUM"],
     "say": ["{COMPANY} agreed to buy {COMPANY2} for {NUM} million dollars.",
             "{COMPANY2} will be bought by {COMPANY} for {NUM} million dollars.",
             "{COMPANY} has agreed a {NUM} million dollar deal to acquire {COMPANY2}.",
             "For {NUM} million dollars, {COMPANY} is taking over {COMPANY2}."],
     "contrast": ["{COMPANY} agreed to sell {COMPANY2} for {NUM} million dollars.",
                  "{COMPANY} decided not to buy {COMPANY2}."], "swap": ("COMPANY", "COMPANY2")},
    {"slots": ["CITY", "WEATHER", "DAY"],
     "say": ["Heavy {WEATHER} is expected in {CITY} on {DAY}.",
             "Forecasters expect heavy {WEATHER} in {CITY} on {DAY}.",
             "{CITY} should get a lot of {WEATHER} on {DAY}, according to the forecast.",
             "On {DAY}, {CITY} is likely to see heavy {WEATHER}."],
     "contrast": ["No {WEATHER} is expected in {CITY} on {DAY}.",
                  "Heavy {WEATHER} hit {CITY} last {DAY}."], "swap": None},
    {"slots": ["PER", "LANG", "YEARS"],
     "say": ["{PER} has been learning {LANG} for {YEARS} years.",
             "For {YEARS} years now, {PER} has studied {LANG}.",
             "{PER} started learning {LANG} {YEARS} years ago and is still at it.",
             "{PER}'s {LANG} lessons began {YEARS} years ago."],
     "contrast": ["{PER} has been teaching {LANG} for {YEARS} years.",
                  "{PER} stopped learning {LANG} {YEARS} years ago."], "swap": None},
    {"slots": ["INST", "NUM", "PLACE"],
     "say": ["{INST} sent {NUM} doctors to {PLACE} after the earthquake.",
             "After the earthquake, {NUM} doctors were sent to {PLACE} by {INST}.",
             "{NUM} doctors from {INST} went to {PLACE} following the earthquake.",
             "Following the quake, {INST} dispatched {NUM} doctors to {PLACE}."],
     "contrast": ["{INST} sent {NUM} doctors to {PLACE} before the earthquake.",
                  "{INST} withdrew {NUM} doctors from {PLACE} after the earthquake."],
     "swap": None},
    {"slots": ["PER", "BOOK", "YEAR"],
     "say": ["{PER} wrote {BOOK} in {YEAR}.", "{BOOK} was written by {PER} in {YEAR}.",
             "In {YEAR}, {PER} finished writing {BOOK}.", "{PER} is the author of {BOOK}, written in {YEAR}."],
     "contrast": ["{PER} read {BOOK} in {YEAR}.", "{PER} translated {BOOK} in {YEAR}."],
     "swap": None},
    {"slots": ["CITY", "NUM", "THING2"],
     "say": ["{CITY} plans to plant {NUM} trees along its {THING2}.",
             "Along its {THING2}, {CITY} intends to plant {NUM} trees.",
             "{NUM} trees will be planted along the {THING2} of {CITY}, the city says.",
             "The city of {CITY} wants to line its {THING2} with {NUM} new trees."],
     "contrast": ["{CITY} plans to cut down {NUM} trees along its {THING2}.",
                  "{CITY} planted {NUM} trees in its parks."], "swap": None},
    {"slots": ["PER", "DISH", "RESTAURANT"],
     "say": ["The {RESTAURANT} is famous for {PER}'s {DISH}.",
             "{PER}'s {DISH} has made the {RESTAURANT} well known.",
             "People go to the {RESTAURANT} for the {DISH} that {PER} cooks.",
             "The {DISH} cooked by {PER} is what the {RESTAURANT} is known for."],
     "contrast": ["The {RESTAURANT} stopped serving {PER}'s {DISH}.",
                  "The {RESTAURANT} is famous for its {DISH}, which {PER} dislikes."],
     "swap": None},
]

VALUES = {
    "A": lambda r: r.choice(lx.COMPANIES), "B": _person, "P": _person, "Q": _person,
    "PER": _person, "PER2": _person, "CITY": _city, "CITY2": _city,
    "COMPANY": lambda r: r.choice(lx.COMPANIES), "COMPANY2": lambda r: r.choice(lx.COMPANIES),
    "TEAM": lambda r: r.choice(lx.TEAMS), "INST": lambda r: r.choice(lx.INSTITUTIONS).replace("the ", "").replace("The ", ""),
    "PLACE": lambda r: r.choice(lx.COUNTRIES + lx.CITIES),
    "YEAR": lambda r: str(r.randint(1950, 2024)), "NUM": lambda r: r.choice(
        ["two", "three", "five", "twelve", "20", "40", "150", "300"]),
    "HOURS": lambda r: r.choice(["two", "three", "four", "five", "six"]),
    "DAYS": lambda r: r.choice(["14", "thirty", "60", "seven", "ten"]),
    "YEARS": lambda r: r.choice(["two", "three", "five", "ten"]),
    "PCT": lambda r: str(r.randint(2, 40)),
    "MONTH": lambda r: r.choice(["January", "March", "May", "July", "September", "November"]),
    "DAY": lambda r: r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    "HOUR": lambda r: r.choice(["nine", "ten", "8 am", "noon", "11 am"]),
    "THING": lambda r: r.choice(["her car", "his bicycle", "a laptop", "some money", "a tent",
                                 "an umbrella", "a camera", "his notes"]),
    "THING2": lambda r: r.choice(["main roads", "river banks", "school yards", "canals"]),
    "PRICE": lambda r: r.choice(["bread", "petrol", "coffee", "rice", "electricity", "rent", "eggs"]),
    "MUSEUM": lambda r: r.choice(["city museum", "science museum", "national gallery", "history museum"]),
    "STORE": lambda r: r.choice(["bookshop", "shoe store", "electronics store", "supermarket"]),
    "EVENT": lambda r: r.choice(["the Australian Open", "Wimbledon", "the national championship",
                                 "the chess olympiad", "the city marathon"]),
    "STUDY": lambda r: r.choice(["daily exercise", "a warm bath", "less screen time",
                                 "an early dinner", "reading before bed"]),
    "GROUP": lambda r: r.choice(["older people", "teenagers", "night-shift workers", "students"]),
    "WEATHER": lambda r: r.choice(["rain", "snow", "wind", "fog"]),
    "LANG": lambda r: r.choice(lx.LANGUAGES), "BOOK": lambda r: r.choice(
        ["a novel about the sea", "a history of the city", "a cookbook", "a children's book"]),
    "DISH": lambda r: r.choice(["fish soup", "dumplings", "lemon cake", "lamb stew", "fried rice"]),
    "RESTAURANT": lambda r: r.choice(["small cafe by the harbour", "restaurant on Main Street",
                                      "family restaurant", "noodle bar"]),
}


# Word-level edits for everyday sentences (the HSK English translations): the synonym and
# antonym lists live in `rewordings`; these are the number words and negations.
NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
NEGATE = [(" is ", " is not "), (" are ", " are not "), (" was ", " was not "),
          (" can ", " cannot "), (" will ", " will not "), (" has ", " has not ")]
CONTRACT = [(" do not ", " don't "), (" is not ", " isn't "), (" cannot ", " can't "),
            (" I am ", " I'm "), (" it is ", " it's "), (" will not ", " won't ")]
FILLERS = ["In fact, ", "Actually, ", "To be honest, ", "As it happens, "]


def _swap_words(sentence, pairs, rng):
    """Replace one word from `pairs` (either direction); None if none occurs."""
    words = f" {sentence} "
    hits = [(a, b) for a, b in pairs if f" {a} " in words.lower()] + \
           [(b, a) for a, b in pairs if f" {b} " in words.lower()]
    if not hits:
        return None
    a, b = rng.choice(hits)
    i = words.lower().find(f" {a} ")
    return (words[:i + 1] + b + words[i + 1 + len(a):]).strip()


# ---- rewording: vary the words of a sentence without (or with) changing what it says -----

@lru_cache(maxsize=None)
def _synonym_index():
    """phrase -> its synonym group, and one regex that finds any phrase at word boundaries
    (longest first, so "went up" wins over "up")."""
    index = {}
    for group in rw.SYNONYMS:
        for phrase in group:
            index.setdefault(phrase, group)
    pattern = "|".join(re.escape(p) for p in sorted(index, key=len, reverse=True))
    return index, re.compile(rf"(?<![\w'-])({pattern})(?![\w'-])", re.I)


def _match_case(original, replacement):
    return replacement[0].upper() + replacement[1:] if original[0].isupper() else replacement


def reword(sentence, rng, rate):
    """Replace each phrase that has synonyms, with probability `rate`, by another member of
    its group: same meaning, fewer shared words. One pass, so no word is replaced twice."""
    index, finder = _synonym_index()

    def swap(match):
        found = match.group(0)
        if rng.random() >= rate:
            return found
        others = [p for p in index[found.lower()] if p != found.lower()]
        return _match_case(found, rng.choice(others)) if others else found

    return finder.sub(swap, sentence)


@lru_cache(maxsize=None)
def _clause_patterns():
    """CLAUSE_PATTERNS as compiled (regex, other template) pairs, in both directions."""
    compiled = []
    for a, b in rw.CLAUSE_PATTERNS:
        for source, target in ((a, b), (b, a)):
            regex = re.escape(source).replace(r"\{X\}", "(?P<X>.+?)").replace(r"\{Y\}", "(?P<Y>.+?)")
            compiled.append((re.compile(f"^{regex}$", re.I), target))
    return compiled


def restructure(sentence, rng):
    """Reorder clauses with a meaning-preserving pattern ("X because Y" -> "Because Y, X"),
    or return the sentence unchanged when no pattern fits."""
    body, end = (sentence[:-1], sentence[-1]) if sentence[-1:] in ".!?" else (sentence, "")
    fits = [(m, target) for regex, target in _clause_patterns() if (m := regex.match(body))]
    if not fits:
        return sentence
    match, target = rng.choice(fits)
    x, y = (_lower_first(match.group(k)) for k in ("X", "Y"))
    out = target.replace("{X}", x).replace("{Y}", y)
    return out[0].upper() + out[1:] + end


def _lower_first(clause):
    """Lower-case a clause's first letter unless it starts a name or "I"."""
    first = clause.split()[0] if clause.split() else ""
    keep = first == "I" or first.startswith("I'") or (first[:1].isupper() and first.lower()
                                                       not in _COMMON_STARTS)
    return clause if keep else clause[0].lower() + clause[1:]


_COMMON_STARTS = {"the", "a", "an", "he", "she", "it", "we", "they", "you", "my", "his",
                  "her", "our", "their", "this", "that", "there", "these", "those", "some",
                  "many", "most", "all", "every", "no", "because", "if", "when", "after",
                  "before", "since", "although", "though", "while", "as", "so", "once"}


def change_meaning(sentence, rng):
    """One edit that changes what the sentence says (antonym, quantifier, modality, tense,
    number or negation); None if no edit applies."""
    edits = [lambda: _swap_words(sentence, rw.ANTONYMS, rng),
             lambda: _replace_phrase(sentence, rw.MEANING_CHANGES, rng),
             lambda: _swap_words(sentence, [(a, b) for a in NUMBERS for b in NUMBERS if a != b], rng),
             lambda: _change_digits(sentence, rng)]
    for edit in rng.sample(edits, len(edits)):
        changed = edit()
        if changed and changed != sentence:
            return changed[0].upper() + changed[1:]
    for a, b in rng.sample(NEGATE, len(NEGATE)):
        if a in f" {sentence} ":
            return f" {sentence} ".replace(a, b, 1).strip()
    return None


def _replace_phrase(sentence, pairs, rng):
    hits = [(a, b) for a, b in pairs if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", sentence, re.I)]
    hits += [(b, a) for a, b in pairs if re.search(rf"(?<!\w){re.escape(b)}(?!\w)", sentence, re.I)]
    if not hits:
        return None
    a, b = rng.choice(hits)
    return re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", lambda m: _match_case(m.group(0), b), sentence,
                  count=1, flags=re.I)


def _change_digits(sentence, rng):
    numbers = re.findall(r"\d+", sentence)
    if not numbers:
        return None
    old = rng.choice(numbers)
    new = str(int(old) + rng.choice([-3, -2, -1, 1, 2, 5, 10])) if int(old) > 10 else \
        str(rng.choice([n for n in range(2, 13) if n != int(old)]))
    return re.sub(rf"\b{old}\b", new, sentence, count=1)


@lru_cache(maxsize=4)
def _rewordable(plain):
    """The sentences that hold at least one phrase with synonyms."""
    _, finder = _synonym_index()
    return [s for s in plain if finder.search(s)]


def everyday_pair(rng, plain):
    """A pair made from one everyday sentence. Both labels get reworded text, so shared words
    say nothing about the label: a positive rewords the sentence (and may reorder its
    clauses), a hard negative changes one thing it says and rewords the rest."""
    if rng.random() < 0.5:
        sentence = rng.choice(_rewordable(tuple(plain)) if rng.random() < 0.85 else plain)
        edited = restructure(reword(sentence, rng, rate=rng.choice([0.5, 0.8, 1.0])), rng)
        for a, b in CONTRACT:
            if a in f" {edited} " and rng.random() < 0.5:
                edited = f" {edited} ".replace(a, b, 1).strip()
        if edited == sentence:
            edited = rng.choice(FILLERS) + edited[0].lower() + edited[1:]
        return sentence, edited[0].upper() + edited[1:], 1, "paraphrase"
    sentence = rng.choice(plain)
    changed = change_meaning(sentence, rng)
    if changed is None:
        return sentence, rng.choice(plain), 0, "unrelated"
    return sentence, reword(changed, rng, rate=rng.choice([0.0, 0.5, 0.8])), 0, "hard-negative"


def _fill(text, values):
    out = text.format(**values)
    return out[0].upper() + out[1:]


def _draw(frame, rng):
    values = {}
    for slot in frame["slots"]:
        value = VALUES[slot](rng)
        while value in values.values():
            value = VALUES[slot](rng)
        values[slot] = value
    return values


def pair(rng, plain):
    """One (sentence1, sentence2, label, kind) example from a fact frame, the second sentence
    reworded as often for negatives as for positives."""
    s1, s2, label, kind = _frame_pair(rng, plain)
    return s1, reword(s2, rng, rate=rng.choice([0.0, 0.4, 0.8])), label, kind


def _frame_pair(rng, plain):
    frame = rng.choice(FRAMES)
    values = _draw(frame, rng)
    first, second = rng.sample(frame["say"], 2)
    roll = rng.random()
    if roll < 0.45:
        return _fill(first, values), _fill(second, values), 1, "paraphrase"
    if roll < 0.85:
        how = rng.random()
        changed = dict(values)
        if how < 0.4:
            slot = rng.choice(frame["slots"])
            while changed[slot] == values[slot]:
                changed[slot] = VALUES[slot](rng)
            other = _fill(rng.choice([first, second]), changed)
        elif how < 0.6 and frame["swap"]:
            a, b = frame["swap"]
            changed[a], changed[b] = values[b], values[a]
            other = _fill(rng.choice([first, second]), changed)
        else:
            other = _fill(rng.choice(frame["contrast"]), values)
        return _fill(first, values), other, 0, "hard-negative"
    if roll < 0.95:
        other_frame = rng.choice([f for f in FRAMES if f is not frame])
        shared = {**_draw(other_frame, rng), **{k: v for k, v in values.items()
                                                 if k in other_frame["slots"]}}
        return _fill(first, values), _fill(rng.choice(other_frame["say"]), shared), 0, "related"
    return _fill(first, values), rng.choice(plain), 0, "unrelated"


def generate(n, seed):
    from datasets import ClassLabel, Dataset, Features, Value

    from .ner import entity_free_sentences

    rng = random.Random(seed)
    plain = entity_free_sentences()
    rows = []
    for _ in range(n):
        make = everyday_pair if rng.random() < 0.5 else pair
        s1, s2, label, kind = make(rng, plain)
        if rng.random() < 0.5:
            s1, s2 = s2, s1
        rows.append({"sentence1": s1, "sentence2": s2, "label": label, "kind": kind})
    features = Features({"sentence1": Value("string"), "sentence2": Value("string"),
                         "label": ClassLabel(names=LABELS),
                         "kind": Value("string")})
    return Dataset.from_list(rows, features=features)


def load_paraphrase(n_train=12000, n_validation=800):
    """Generated train/validation pairs (seeds 1 and 2), the hand-written dev pairs (which
    training uses only to set the decision threshold) and the hand-written test pairs."""
    from datasets import ClassLabel, Dataset, DatasetDict

    from ..testsets import read_jsonl

    def hand_written(name):
        rows = Dataset.from_list([{k: r[k] for k in ("sentence1", "sentence2", "label", "kind")}
                                  for r in read_jsonl(name)])
        return rows.cast_column("label", ClassLabel(names=LABELS))

    return DatasetDict({"train": generate(n_train, 1), "validation": generate(n_validation, 2),
                        "dev": hand_written("paraphrase_dev.jsonl"),
                        "test": hand_written("paraphrase_test.jsonl")})
