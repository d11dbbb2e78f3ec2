"""More generated SQuAD-style QA paragraphs, from everyday domains (recipes, timetables,
product pages, animal profiles, science explainers, sports reports, notices, history,
health advice, business news, music and film, travel guides, community projects, weather,
court reports, restaurant reviews and medical studies).

Same interface as the paragraph functions in `qa`: each function takes a `random.Random`
and returns `(subject, facts)`, `facts` a list of `(sentence, questions)` whose first fact
introduces the subject; each question is `(template, answer)`, `answer` verbatim in
`sentence` and "{n}" in the template standing for the subject. Every paragraph holds several
spans of the same type (times, prices, durations, people, quantities with different units),
so the question, often a paraphrase, has to be read to pick the right one.
"""
from . import lexicon as lx
from .ner import _city, _person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
TOWNS = ["Ashford", "Hexham", "Bramley", "Kingsford", "Thornbury", "Millbrook", "Eastleigh",
         "Redhill", "Ashcombe", "Fenwick", "Castleton", "Marston", "Westbury", "Northwood",
         "Stanford", "Greyfield", "Hadley", "Linton", "Ambleside", "Kelso", "Bideford",
         "Ludlow", "Whitby", "Tarrant", "Holbrook", "Penrith", "Dunmore", "Ellerby"]
STREET_NAMES = ["Chapel", "Mill", "Church", "Market", "Station", "Bridge", "Castle", "King",
                "Queen", "Victoria", "Baker", "Fisher", "Tanner", "Abbey", "Harbour", "Park",
                "Pudding", "Water", "Wool", "Silver", "Cooper", "Well"]


def _words(num):
    """A number as English words (0-99)."""
    if num <= 20:
        return _SMALL[num]
    tens, ones = divmod(num, 10)
    return _TENS[tens] + ("-" + _SMALL[ones] if ones else "")


def _cap(text):
    return text[:1].upper() + text[1:]


def _a(noun):
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _poss(name):
    return name + "'s"


def _ord(num):
    if 10 <= num % 100 <= 20:
        return f"{num}th"
    return str(num) + {1: "st", 2: "nd", 3: "rd"}.get(num % 10, "th")


def _clock(hour, minute=0, style=0):
    """hour 0-24. style 0: '6.15 a.m.', 1: '6:15pm', 2: '18:15'."""
    if style == 2:
        return f"{hour % 24:02d}:{minute:02d}"
    if minute == 0 and hour == 12:
        return "midday"
    if minute == 0 and hour in (0, 24):
        return "midnight"
    h12 = hour % 12 or 12
    if style == 0:
        return (f"{h12}" if minute == 0 else f"{h12}.{minute:02d}") + (" a.m." if hour % 24 < 12 else " p.m.")
    return (f"{h12}" if minute == 0 else f"{h12}:{minute:02d}") + ("am" if hour % 24 < 12 else "pm")


def _money(cur, cents):
    whole, rest = divmod(cents, 100)
    return f"{cur}{whole:,}" if rest == 0 else f"{cur}{whole:,}.{rest:02d}"


def _price(rng, cur, low, high, step=10):
    """A price between low and high (whole units) in steps of `step` cents."""
    return _money(cur, rng.randrange(low * 100, high * 100 + 1, step))


def _mins(total):
    if total < 60:
        return f"{total} minutes"
    hours, mins = divmod(total, 60)
    text = "1 hour" if hours == 1 else f"{hours} hours"
    return text if mins == 0 else f"{text} {mins} minutes"


def _date(rng, style=0):
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    return f"{day} {month}" if style == 0 else f"{month} {day}"


def _draw(rng, *pools):
    """One value from each pool (a list, or a function making a value), drawn again until no
    value's text occurs inside another's (so each answer is found once, at the right place)."""
    for _ in range(200):
        vals = [pool() if callable(pool) else rng.choice(pool) for pool in pools]
        texts = [str(v) for v in vals]
        if not any(i != j and a in b for i, a in enumerate(texts) for j, b in enumerate(texts)):
            return vals
    raise ValueError("pools too small to draw distinct values")


def _fact(rng, common, options):
    """Pick one wording; `options` are sentences or (sentence, extra questions) pairs, the
    extra questions being those only that wording can answer."""
    choice = rng.choice(options)
    sentence, own = (choice, []) if isinstance(choice, str) else choice
    return sentence, list(common) + list(own)


def _findable(answer, sentence):
    """The answer occurs once in the sentence, not inside a longer word or number."""
    start = sentence.find(answer)
    if start < 0 or sentence.count(answer) > 1:
        return False
    end = start + len(answer)
    return not (start > 0 and sentence[start - 1].isalnum()) and not (end < len(sentence) and sentence[end].isalnum())


def _done(subject, facts):
    """Tidy the sentences and drop the rare question that a chance collision of drawn names or
    numbers has spoilt (answer found twice or inside another word, or given away by the question)."""
    out = []
    for k, (sentence, questions) in enumerate(facts):
        sentence = _cap(sentence.replace("a.m..", "a.m.").replace("p.m..", "p.m."))
        kept = []
        for template, answer in questions:
            question = template.replace("{n}", subject).lower()
            if not _findable(answer, sentence):
                continue
            if len(answer) > 3 and answer.lower() in question and " or " not in question:
                continue
            kept.append((template, answer))
        if kept or k == 0:
            out.append((sentence, kept or questions))
    return subject, out


def _city2(rng):
    """A city from `ner._city`, minus the halves of "Addis Ababa" that lexicon.CITIES splits."""
    while True:
        city = _city(rng)
        if city not in ("Addis", "Ababa"):
            return city


def _street(rng):
    return f"{rng.choice(STREET_NAMES)} {rng.choice(['Street', 'Lane', 'Road', 'Row', 'Hill'])}"


def _full_person(rng):
    name = _person(rng)
    if len(name.split()) < 2:
        name = f"{rng.choice(lx.FIRST_NAMES)} {name}"
    return name


def _people(rng, k, full=False):
    """k different people (full names if asked), none a part of another."""
    make = _full_person if full else _person
    for _ in range(200):
        names = [make(rng) for _ in range(k)]
        if not any(i != j and a in b for i, a in enumerate(names) for j, b in enumerate(names)):
            return names
    raise ValueError("could not draw distinct people")


# ------------------------------------------------------------------------------ recipes
BAKES = [  # dish, what it is, flavouring, tin, something folded in
    ("lemon drizzle cake", "cake", "lemon juice", "a loaf tin", "poppy seeds"),
    ("banana bread", "loaf", "honey", "a loaf tin", "chopped walnuts"),
    ("carrot cake", "cake", "ground cinnamon", "a round cake tin", "raisins"),
    ("ginger loaf", "loaf", "ground ginger", "a loaf tin", "chopped stem ginger"),
    ("coffee and walnut cake", "cake", "instant coffee", "two sandwich tins", "chopped walnuts"),
    ("courgette loaf", "loaf", "vanilla extract", "a loaf tin", "sultanas"),
    ("marmalade cake", "cake", "orange marmalade", "a square tin", "candied peel"),
    ("apple and cinnamon cake", "cake", "ground cinnamon", "a round cake tin", "diced apple"),
    ("blueberry loaf", "loaf", "lemon zest", "a loaf tin", "fresh blueberries"),
    ("cherry and almond cake", "cake", "almond extract", "a deep round tin", "glace cherries"),
]


def recipe_bake_paragraph(rng):
    dish, short, flav, tin, extra = rng.choice(BAKES)
    cook = _person(rng)
    serves = rng.choice(["eight", "ten", "twelve", "six"])
    prep, bake, cool, foil = _draw(rng, ["15 minutes", "20 minutes", "25 minutes"],
                                   [f"{m} minutes" for m in range(35, 70, 5)],
                                   ["10 minutes", "15 minutes", "30 minutes"],
                                   ["10 minutes", "15 minutes", "20 minutes"])
    flour, butter, sugar = _draw(rng, ["200g", "225g", "250g", "275g", "300g"],
                                 ["100g", "115g", "125g", "150g", "175g"],
                                 ["100g", "125g", "140g", "150g", "175g", "200g"])
    eggs = rng.choice(["two", "three", "four"])
    milk, spoon = _draw(rng, ["half a cup", "a cup", "one and a half cups", "100ml", "150ml",
                              "three quarters of a cup", "four tablespoons"],
                        ["two tablespoons", "one tablespoon", "a teaspoon", "half a teaspoon",
                         "two teaspoons", "three tablespoons", "one and a half teaspoons"])
    t_c, fan_c, gas = rng.choice([(170, 150, 3), (180, 160, 4), (190, 170, 5)])
    temp, fan = f"{t_c}°C", f"{fan_c}°C"
    keep, freeze = rng.choice(["three days", "four days", "five days", "a week"]), \
        rng.choice(["two months", "three months", "six months"])
    done = rng.choice(["a skewer comes out clean", "a skewer pushed into the middle comes out clean",
                       "the top is golden and springs back when pressed"])
    oil, plant_milk = rng.choice(["sunflower oil", "a plant-based spread", "light olive oil",
                                  "melted coconut oil"]), rng.choice(["oat milk", "almond milk", "soya milk"])
    steps = [  # imperative, gerund, reason
        (f"line {tin} with baking paper", f"lining {tin} with baking paper", f"to stop the {short} sticking"),
        ("sift the flour twice", "sifting the flour twice", "to keep the sponge light"),
        (f"toss the {extra} in a spoonful of flour", f"tossing the {extra} in flour",
         "to stop them sinking to the bottom"),
        ("leave the butter out of the fridge for an hour", "leaving the butter out of the fridge",
         "so that it creams easily with the sugar"),
        (f"cover the top with foil for the last {foil}", "covering the top with foil",
         "to stop it browning too quickly"),
    ]
    imp, ger, why = rng.choice(steps)
    facts = [
        _fact(rng, [("How many portions does the {n} make?", serves), ("Whose recipe is the {n}?", cook),
                    ("How long does the {n} take to prepare?", prep),
                    ("What is the preparation time for the {n}?", prep)],
              [f"{_poss(cook)} {dish} serves {serves} and takes about {prep} to prepare.",
               f"This {dish}, a favourite of the baker {cook}, takes {prep} to put together and serves {serves}.",
               f"Ready for the oven in {prep}, {_poss(cook)} {dish} serves {serves} people."]),
        _fact(rng, [("How much flour goes into the {n}?", flour), ("What weight of flour does the recipe call for?", flour),
                    ("How much butter is needed?", butter), ("How much caster sugar does the {n} need?", sugar),
                    ("What quantity of sugar is used?", sugar), ("How many eggs are used?", eggs)],
              [f"You will need {flour} of self-raising flour, {butter} of softened butter, {sugar} of caster sugar and {eggs} large eggs.",
               f"Cream {butter} of soft butter with {sugar} of caster sugar, beat in {eggs} eggs, then fold in {flour} of self-raising flour.",
               f"The sponge is made from {flour} of self-raising flour, {sugar} of caster sugar, {butter} of butter and {eggs} eggs."]),
        _fact(rng, [("How much milk is added?", milk), ("What quantity of milk does the {n} need?", milk),
                    (f"How much {flav} goes in?", spoon), (f"What amount of {flav} should be used?", spoon)],
              [f"Stir in {milk} of milk and {spoon} of {flav}.",
               f"Loosen the mixture with {milk} of milk, then add {spoon} of {flav}.",
               f"Add {spoon} of {flav} along with {milk} of milk."]),
        _fact(rng, [("At what temperature should the oven be set?", temp), ("How hot should the oven be for the {n}?", temp),
                    ("What temperature should a fan oven be set to?", fan),
                    ("If you have a fan oven, how hot should it be?", fan)],
              [(f"Preheat the oven to {temp}, or {fan} for a fan oven (gas mark {gas}).",
                [("Which gas mark is recommended?", f"gas mark {gas}")]),
               (f"Heat the oven to {temp} ({fan} fan, gas mark {gas}).",
                [("What gas mark should a gas oven be set to?", f"gas mark {gas}")]),
               f"The oven should be at {temp}; in a fan oven use {fan} instead."]),
        _fact(rng, [(f"Why should you {imp}?", why), (f"What is the purpose of {ger}?", why),
                    (f"Why is it recommended to {imp}?", why)],
              [f"{_cap(imp)} {why}.", f"It is worth taking the time to {imp} {why}.",
               f"Remember to {imp}; this is done {why}."]),
        _fact(rng, [("How long does the {n} bake for?", bake), ("For how long should the {n} stay in the oven?", bake),
                    ("How long should the {n} cool in the tin?", cool), ("How can you tell when the {n} is cooked?", done),
                    ("For how long is it left in the tin after baking?", cool)],
              [f"Bake for {bake}, until {done}, then leave to cool in the tin for {cool}.",
               f"It needs {bake} in the oven; it is ready when {done}. Let it rest in the tin for {cool}.",
               f"After {bake} of baking, check that {done}, then cool it in the tin for {cool}."]),
        _fact(rng, [("How long does the {n} keep in a tin?", keep), ("For how long will it stay fresh in an airtight tin?", keep),
                    ("How long can the {n} be frozen?", freeze), ("What is the longest it can be kept in the freezer?", freeze)],
              [f"Wrapped in foil, it keeps for {keep} in an airtight tin and can be frozen for up to {freeze}.",
               f"The {short} will stay fresh for {keep} in an airtight tin, or up to {freeze} in the freezer.",
               f"It freezes well for up to {freeze}; otherwise store it in an airtight tin, where it keeps for {keep}."]),
        _fact(rng, [("What can replace the butter in a dairy-free version?", oil),
                    ("What should the butter be swapped for to make it dairy-free?", oil),
                    ("Which milk is suggested instead of cow's milk?", plant_milk)],
              [f"For a dairy-free version, replace the butter with {oil} and the milk with {plant_milk}.",
               f"To make it dairy-free, use {oil} instead of butter and {plant_milk} instead of cow's milk.",
               f"It can easily be made dairy-free: {plant_milk} works in place of milk, and {oil} in place of butter."]),
    ]
    return _done(dish, facts)


RICE_DISHES = [("vegetable biryani", "basmati"), ("jollof rice", "long-grain"), ("chicken pilaf", "basmati"),
               ("coconut rice", "jasmine"), ("lemon rice", "basmati"), ("lamb pulao", "basmati"),
               ("Persian herb rice", "basmati"), ("rice and peas", "long-grain")]


def recipe_rice_paragraph(rng):
    dish, rice = rng.choice(RICE_DISHES)
    cook = _person(rng)
    serves = rng.choice(["four", "six", "eight"])
    total, fry, simmer, rest, hold = _draw(rng, ["45 minutes", "50 minutes", "an hour", "40 minutes"],
                                           ["8 minutes", "10 minutes", "12 minutes"],
                                           ["15 minutes", "18 minutes", "20 minutes"],
                                           ["5 minutes", "ten minutes"], ["half an hour", "30 minutes", "20 minutes"])
    rice_qty, stock, oil = _draw(rng, ["300g", "350g", "400g", "two cups", "one and a half cups"],
                                 ["600ml", "750ml", "a litre", "three cups", "two and a half cups"],
                                 ["two tablespoons", "three tablespoons", "a tablespoon"])
    onions = rng.choice(["two", "three"]) if "two" not in oil and "three" not in oil else "a large"
    onion_q = "How many onions are needed?" if onions != "a large" else "How big is the onion?"
    onion_phrase = f"{onions} sliced onions" if onions != "a large" else "a large sliced onion"
    spice, spice_qty = rng.choice(["ground cumin", "turmeric", "smoked paprika", "garam masala", "ground coriander"]), \
        rng.choice(["a teaspoon", "half a teaspoon", "one and a half teaspoons", "two teaspoons"])
    low = rng.choice(["90°C", "100°C", "110°C", "120°C"])
    herb, nuts = rng.choice(["chopped coriander", "fresh mint", "flat-leaf parsley", "dill"]), \
        rng.choice(["toasted almonds", "cashew nuts", "pistachios", "flaked almonds"])
    times = rng.choice(["three times", "twice", "four times"])
    eat = rng.choice(["24 hours", "a day"])
    facts = [
        _fact(rng, [("How many people does the {n} feed?", serves), ("Who does the {n} recipe come from?", cook),
                    ("How long does the {n} take to make?", total), ("How quickly is the {n} ready?", total)],
              [f"{_poss(cook)} {dish} feeds {serves} and is ready in {total}.",
               f"This {dish} from {cook} takes {total} from start to finish and serves {serves}.",
               f"Ready in {total}, {_poss(cook)} {dish} is enough for {serves} people."]),
        _fact(rng, [("How much rice does the {n} need?", rice_qty), ("What kind of rice is used?", rice),
                    ("Why is the rice rinsed?", "to wash off the excess starch"),
                    ("How many times should the rice be rinsed?", times)],
              [f"Rinse {rice_qty} of {rice} rice {times} in cold water to wash off the excess starch.",
               f"Wash {rice_qty} of {rice} rice in cold water {times}, which is done to wash off the excess starch.",
               f"Put {rice_qty} of {rice} rice in a sieve and rinse it {times} under the cold tap to wash off the excess starch."]),
        _fact(rng, [(onion_q, onions), ("How much oil are the onions fried in?", oil),
                    ("How long should the onions be fried?", fry), ("For how many minutes do the onions cook?", fry)],
              [f"Fry {onion_phrase} in {oil} of oil for {fry}, until golden.",
               f"Heat {oil} of oil and cook {onion_phrase} for {fry} until soft and golden.",
               f"Soften {onion_phrase} in {oil} of oil; this takes about {fry}."]),
        _fact(rng, [("How much stock goes into the {n}?", stock), ("What volume of stock is added?", stock),
                    (f"What quantity of {spice} is added?", spice_qty), ("Which spice goes in with the stock?", spice)],
              [f"Add the rice with {stock} of hot stock, {spice_qty} of {spice} and a pinch of salt.",
               f"Stir in the rice, then pour in {stock} of hot stock and add {spice_qty} of {spice}.",
               f"Season with {spice_qty} of {spice} before adding the rice and {stock} of stock."]),
        _fact(rng, [("How long does the rice simmer?", simmer), ("For how long should the pan simmer?", simmer),
                    ("Why should the rice be stirred while it simmers?", "to stop the rice sticking to the pan"),
                    ("What is the reason for stirring during simmering?", "to stop the rice sticking to the pan")],
              [f"Cover and simmer for {simmer}, stirring gently once or twice to stop the rice sticking to the pan.",
               f"Put the lid on and let it simmer for {simmer}; stir once or twice to stop the rice sticking to the pan.",
               f"Simmer with the lid on for {simmer}. Give it a gentle stir halfway through to stop the rice sticking to the pan."]),
        _fact(rng, [("Why is the pan left covered off the heat?", "so that the grains finish steaming"),
                    ("How long should the {n} rest before serving?", rest),
                    ("For how long is the covered pan left off the heat?", rest)],
              [f"Take the pan off the heat and leave it covered for {rest} so that the grains finish steaming.",
               f"Leave the pan covered, off the heat, for {rest}, so that the grains finish steaming.",
               f"Off the heat, keep the lid on for another {rest} so that the grains finish steaming."]),
        _fact(rng, [("At what temperature can the {n} be kept warm?", low), ("How hot should the oven be to keep it warm?", low),
                    ("How long can the {n} be kept warm in the oven?", hold), ("For how long can it wait in a low oven?", hold)],
              [f"If guests are late, it can be kept warm in a low oven at {low} for up to {hold}.",
               f"It will sit happily in the oven at {low} for {hold} if dinner is delayed.",
               f"To keep it warm, cover the dish and put it in the oven at {low}; it will hold for {hold}."]),
        _fact(rng, [("How soon should leftovers be eaten?", eat),
                    ("Within what time should leftover rice be eaten?", eat)],
              [(f"Cool any leftovers quickly and eat them within {eat}, reheating until piping hot, because bacteria can grow in cooked rice.",
                [("Why should leftover rice be reheated until piping hot?", "because bacteria can grow in cooked rice"),
                 ("Why must the rice be cooled quickly?", "because bacteria can grow in cooked rice")]),
               (f"Bacteria can grow in cooked rice, so chill leftovers quickly, eat them within {eat} and reheat them until piping hot.",
                [("What can grow in cooked rice?", "Bacteria")])]),
        _fact(rng, [("Which herb is sprinkled over the {n}?", herb), ("What is the {n} garnished with?", herb),
                    ("Which nuts are scattered on top?", nuts), ("What nuts go on the {n}?", nuts)],
              [f"Serve scattered with {herb} and {nuts}.", f"Finish with a handful of {nuts} and some {herb}.",
               f"Before serving, sprinkle over {herb} and {nuts}."]),
    ]
    return _done(dish, facts)


# ------------------------------------------------------------------------- transport
STOPS = ["the bus station", "the railway station", "Market Square", "St Mary's Hospital",
         "the university campus", "Northgate Retail Park", "the Civic Centre", "Castle Hill",
         "the leisure centre", "Riverside Park", "the airport", "the football ground",
         "the harbour", "the town hall", "the business park", "Westfield shopping centre",
         "Oakwood Estate", "the cathedral", "Kingsway", "the park and ride"]
OPERATORS = ["Valley Motor Services", "Metroline", "Redline Coaches", "Citylink", "Greenway Buses",
             "Harbour Transit", "Shire Travel", "Northern Rose Buses", "Blue Star Transport"]
FREQ_DAY = ["every 10 minutes", "every 12 minutes", "every 15 minutes", "every 20 minutes", "every 8 minutes"]
FREQ_LOW = ["every half hour", "every 30 minutes", "hourly", "every 40 minutes", "once an hour",
            "every 45 minutes", "every two hours"]


def bus_route_paragraph(rng):
    num = rng.choice([str(rng.randint(1, 99)), f"X{rng.randint(1, 60)}", f"{rng.randint(1, 39)}A"])
    subject = rng.choice([f"route {num}", f"the number {num} bus", f"the {num} service"])
    town = rng.choice(TOWNS + lx.SMALL_PLACES)
    a, b, c, d = rng.sample(STOPS, 4)
    style = rng.choice([0, 0, 1, 2])
    first = _clock(rng.choice([5, 6, 7]), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]), style)
    last = _clock(rng.choice([22, 23]), rng.choice([0, 10, 15, 20, 35, 40, 50]), style)
    switch = _clock(rng.choice([18, 19, 20]), 0, style)
    sun_first = _clock(rng.choice([8, 9]), rng.choice([0, 15, 30, 45]), style)
    day_f, eve_f, sun_f = _draw(rng, FREQ_DAY, FREQ_LOW, FREQ_LOW)
    cur = rng.choice(["£", "£", "$", "€"])
    single, day_t, child = _draw(rng, lambda: _price(rng, cur, 1, 4), lambda: _price(rng, cur, 5, 12, 50),
                                 lambda: _price(rng, cur, 0, 2, 10))
    free_age = rng.choice(["five", "six", "seven"])
    journey, peak = _draw(rng, lambda: _mins(rng.randrange(25, 70, 5)), lambda: _mins(rng.randrange(75, 120, 5)))
    operator = rng.choice(OPERATORS)
    year = str(rng.randint(1995, 2023))
    change_date = _date(rng)
    temp_stop, bridge_st = _draw(rng, lambda: _street(rng), lambda: _street(rng))
    why = rng.choice(["because the road there is being closed for resurfacing",
                      "because the stop is too close to a new junction",
                      f"while the bridge on {bridge_st} is rebuilt",
                      "because of long-term gas works on the high street",
                      "so that journey times can be cut"])
    facts = [
        _fact(rng, [("Which stop does {n} call at on the way?", c), ("In which town does {n} run?", town)],
              [(f"{_cap(subject)} runs between {a} and {b} in {town}, calling at {c} on the way.",
                [("Between which two places does {n} run?", f"{a} and {b}")]),
               (f"In {town}, {subject} links {a} with {b} and stops at {c}.",
                [("What does {n} link with " + b + "?", a)]),
               (f"{_cap(subject)} connects {a} and {b}, serving {c} along the way, and is one of the busiest routes in {town}.",
                [("What two places does {n} connect?", f"{a} and {b}")])]),
        _fact(rng, [("What time does the first weekday bus leave?", first), ("When is the earliest departure on weekdays?", first),
                    (f"When does the last bus leave {a}?", last), ("How late does the last weekday bus depart?", last)],
              [f"On weekdays the first bus leaves {a} at {first} and the last one at {last}.",
               f"Weekday services start at {first} from {a}; the last bus leaves at {last}.",
               f"From Monday to Friday, buses leave {a} from {first} until {last}."]),
        _fact(rng, [("How often do buses run during the day?", day_f), ("How frequently does {n} run in the daytime?", day_f),
                    ("How often does {n} run in the evening?", eve_f), ("What is the evening frequency?", eve_f),
                    ("From what time does the service become less frequent?", switch)],
              [f"Buses run {day_f} during the day, dropping to {eve_f} after {switch}.",
               f"There is a bus {day_f} until {switch}, and {eve_f} after that.",
               f"After {switch} the service drops to {eve_f}; during the day buses come {day_f}."]),
        _fact(rng, [("What time does the Sunday service start?", sun_first), ("When does the first bus run on bank holidays?", sun_first),
                    ("How often does {n} run on Sundays?", sun_f), ("What is the frequency on a Sunday?", sun_f)],
              [f"On Sundays and bank holidays the first bus is at {sun_first}, and buses run {sun_f}.",
               f"A reduced service runs on Sundays and bank holidays, starting at {sun_first} and running {sun_f}.",
               f"Sunday buses run {sun_f}, with the first at {sun_first}; the same timetable applies on bank holidays."]),
        _fact(rng, [("How much is a single ticket?", single), ("What does a single journey cost?", single),
                    ("What does a day ticket cost?", day_t), ("What is the price of an all-day ticket?", day_t)],
              [(f"A single ticket costs {single}, a day ticket {day_t} and a child fare {child}.",
                [("How much do children pay?", child), ("What is the child fare?", child)]),
               (f"Adults pay {single} for a single journey or {day_t} for unlimited travel all day, and children under {free_age} travel free.",
                [("Below what age do children travel free?", free_age)]),
               (f"Fares are {single} for a single, {day_t} for a day ticket and {child} for children.",
                [("How much is a child's ticket?", child)])]),
        _fact(rng, [("How long does the whole journey take?", journey), (f"What is the journey time from {a} to {b}?", journey),
                    ("How long can the trip take in the rush hour?", peak), ("How long is the journey at peak times?", peak)],
              [f"The full trip from {a} to {b} takes {journey}, though it can take {peak} in the rush hour.",
               f"Allow {peak} at peak times; otherwise the journey from {a} to {b} takes {journey}.",
               f"End to end the journey lasts {journey}, rising to {peak} in the rush hour."]),
        _fact(rng, [("Which company operates {n}?", operator), ("Who runs {n}?", operator),
                    (f"When did {operator} take over the route?", year), (f"In what year did {operator} start running the route?", year)],
              [f"{_cap(subject)} is run by {operator}, which took over the route in {year}.",
               f"{operator} has operated {subject} since {year}.",
               f"Since {year} the route has been operated by {operator}."]),
        _fact(rng, [(f"From what date will buses stop calling at {d}?", change_date), ("Which stop will no longer be served?", d),
                    (f"Why will buses no longer stop at {d}?", why), ("Where will the temporary stop be?", temp_stop)],
              [f"From {change_date}, buses will no longer stop at {d} {why}, and will use a temporary stop on {temp_stop} instead.",
               f"Buses will stop calling at {d} from {change_date} {why}; a temporary stop will be set up on {temp_stop}.",
               f"Passengers should note that, {why}, {d} will not be served from {change_date}; use the temporary stop on {temp_stop}."]),
    ]
    return _done(subject, facts)


LINES = ["the red line", "the blue line", "the green line", "the Northern line", "the Coast line",
         "the Valley line", "the Harbour line", "the Airport line", "the Orange line", "the Circle line",
         "the Riverside line", "the Western line"]
STATIONS = ["Central", "Parkside", "Eastgate", "Millbrook", "Harbour Road", "Queen's Park", "Westbury",
            "Riverside", "Old Town", "Station Square", "Hillcrest", "Airport Parkway", "Northfield",
            "Southbank", "University", "Broad Street", "Ferry Lane", "Kingsmead", "Abbey Road", "Fairview"]


def rail_works_paragraph(rng):
    line = rng.choice(LINES)
    a, b, c = rng.sample(STATIONS, 3)
    month = rng.choice(MONTHS)
    d1 = rng.randint(1, 14)
    length = rng.randint(3, 12)
    i1 = rng.randrange(7)
    start = f"{DAYS[i1]} {d1} {month}"
    end = f"{DAYS[(i1 + length) % 7]} {d1 + length} {month}"
    work, thing = rng.choice([("replace the signalling system", "the signalling system"),
                              ("renew the track", "the track"),
                              ("rebuild the bridge over the river", "the bridge over the river"),
                              ("upgrade the overhead power cables", "the overhead power cables"),
                              ("strengthen the tunnel walls", "the tunnel walls")])
    installed = str(rng.randint(1950, 1985))
    freq = rng.choice(FREQ_DAY + ["every 30 minutes", "every half hour"])
    stop = rng.choice(["the car park on Station Road", "outside the Royal Hotel", "Stand D at the bus station",
                       "the front of the public library", "the taxi rank on " + _street(rng),
                       "the side entrance of the station"])
    for _ in range(100):
        train, extra, slack = rng.choice([15, 18, 20, 25, 30, 35, 40]), rng.choice([20, 30, 40, 45, 50]), rng.choice([0, 5])
        train_t, bus_t, extra_t = _mins(train), _mins(train + extra + slack), _mins(extra)
        if extra_t not in bus_t and train_t not in bus_t and extra_t != train_t:
            break
    svc = rng.choice([f"overnight sleeper to {_city2(rng)}", "airport shuttle", f"Sunday express to {_city2(rng)}",
                      "late-night service", "first-class dining service"])
    alt, alt2 = _draw(rng, [f"route {rng.randint(1, 99)}", "the X90 coach", f"the number {rng.randint(100, 400)} bus"],
                      ["local buses", "the tram", "Citylink coaches", "the river ferry"])
    cur = rng.choice(["£", "$", "€"])
    old_fare, new_fare = _draw(rng, lambda: _price(rng, cur, 6, 15), lambda: _price(rng, cur, 2, 5))
    style = rng.choice([0, 1, 2])
    t_last, t_usual = _clock(rng.choice([21, 22]), rng.choice([0, 10, 25, 40]), style), _clock(23, rng.choice([15, 30, 45]), style)
    site = rng.choice(["the operator's website", "travelupdates.example.com", "the Network Rail app",
                       f"{line.split()[1].lower()}line.example.org"])
    office_open, office_close = _clock(rng.choice([6, 7]), 30 * rng.randint(0, 1), style), _clock(rng.choice([19, 20, 21]), 0, style)
    facts = [
        _fact(rng, [("Between which stations will {n} be closed?", f"{a} and {b}"), ("When does the closure begin?", start),
                    ("On what date do the works start?", start), ("Until when will {n} be closed?", end),
                    ("When will the closure end?", end)],
              [f"{_cap(line)} will be closed between {a} and {b} from {start} until {end} for engineering work.",
               f"Engineering work will close {line} between {a} and {b} from {start}, and the line will stay shut until {end}.",
               f"From {start} until {end}, no trains will run on {line} between {a} and {b}."]),
        _fact(rng, [("What is being replaced or repaired?", thing), (f"When was {thing} installed?", installed)],
              [(f"The closure is needed so that engineers can {work}, which was installed in {installed}.",
                [("Why is {n} being closed?", f"so that engineers can {work}")]),
               (f"Engineers will use the time to {work}; the present equipment dates from {installed}.",
                [("What will engineers do during the closure?", work), ("Why is {n} closing?", f"to {work}")]),
               (f"The line is shutting to {work}, much of which has been in place since {installed}.",
                [("Why is {n} shutting?", f"to {work}")])]),
        _fact(rng, [("Where will replacement buses leave from?", stop), ("Where do the replacement buses stop?", stop),
                    ("How often will replacement buses run?", freq), ("How frequently will the buses operate?", freq)],
              [f"Replacement buses will run {freq} and will leave from {stop} rather than from the station.",
               f"Buses will replace trains, running {freq}; they stop at {stop}.",
               f"Rail replacement buses, running {freq}, will pick up passengers at {stop}."]),
        _fact(rng, [("How long will the replacement journey take?", bus_t), ("How long does the trip normally take by train?", train_t),
                    ("How much extra time should passengers allow?", extra_t)],
              [f"The bus from {a} to {b} takes about {bus_t}, compared with {train_t} by train, so passengers should allow an extra {extra_t}.",
               f"By train the journey takes {train_t}; the replacement bus needs about {bus_t}, so allow an extra {extra_t}.",
               f"Passengers are advised to allow an extra {extra_t}: the bus takes about {bus_t} instead of the usual {train_t}."]),
        _fact(rng, [("Which service is suspended during the works?", svc), ("What will not run at all during the closure?", svc),
                    (f"What should passengers use instead of the {svc}?", alt)],
              [f"The {svc} will not run at all during the closure; passengers should use {alt} instead.",
               f"During the work the {svc} is suspended, and {alt} is the suggested alternative.",
               f"Passengers who normally take the {svc}, which is suspended, are advised to use {alt}."]),
        _fact(rng, [("How much will a single fare cost during the closure?", new_fare), ("What does a single normally cost?", old_fare),
                    ("On which other service will tickets be accepted?", alt2)],
              [f"Tickets will also be accepted on {alt2}, and a single fare between {a} and {b} will be cut from {old_fare} to {new_fare} while the work lasts.",
               f"While the line is closed, a single between {a} and {b} will cost {new_fare} instead of {old_fare}, and tickets are valid on {alt2}.",
               f"Rail tickets can be used on {alt2}; the usual {old_fare} single fare drops to {new_fare} during the works."]),
        _fact(rng, [("When will the last train leave on the evening before the closure?", t_last),
                    ("What time does the last train usually leave?", t_usual)],
              [f"On the evening before the closure, the last train from {a} will leave at {t_last}, earlier than the usual {t_usual}.",
               f"The last train from {a} normally leaves at {t_usual}, but on the evening before the works it will go at {t_last}.",
               f"Note that on the night before the closure the final train departs at {t_last} rather than {t_usual}."]),
        _fact(rng, [("Where can travellers find updates online?", site), ("When does the ticket office open?", office_open),
                    ("What time does the ticket office close?", office_close)],
              [f"Updates will be posted on {site} and at the ticket office at {c}, which is open from {office_open} to {office_close}.",
               f"For the latest news see {site}, or ask at the ticket office at {c} (open {office_open} to {office_close})."]),
    ]
    return _done(line, facts)


# --------------------------------------------------------------------------- products
GADGETS = [  # kind, description, names, battery mode, weight range (g), feature, what it does
    ("wireless headphones", "a pair of wireless headphones", ["Auralite X3", "Sonora Air", "Quietline 700", "Halo 2"],
     "noise cancelling", (180, 330), "a sensor in each earcup", "pauses the music when you take them off"),
    ("smartwatch", "a smartwatch", ["Stride 5", "Pulse One", "Kestrel Watch 2", "Tempo GT"],
     "GPS", (35, 70), "a heart-rate sensor on the back", "tracks your pulse around the clock"),
    ("Bluetooth speaker", "a portable Bluetooth speaker", ["Boom Mini", "Roam 2", "Tidewave Go", "Cube Sound"],
     "the light show", (400, 950), "a built-in microphone", "lets you answer phone calls"),
    ("e-reader", "a lightweight e-reader", ["Leaf 7", "Paperline Plus", "Inkbook Go", "Folio S"],
     "Wi-Fi", (160, 230), "a warm-light setting", "reduces blue light for reading at night"),
    ("fitness tracker", "a slim fitness tracker", ["Band 4", "Loop Active", "Motion Lite", "Vita Fit"],
     "the always-on display", (20, 40), "a sleep monitor", "records how long you spend in deep sleep"),
]
MAKERS = ["Northwind", "Kestrel Audio", "Bluepeak", "Luma Labs", "Tidewater Tech", "Orion Devices",
          "Silverline", "Meridian"]
COLOURS = ["black", "white", "silver", "navy blue", "forest green", "sand", "coral pink", "graphite",
           "sky blue", "burgundy", "mint green"]
RATINGS = [("IPX4", "splashes and sweat"), ("IPX5", "heavy rain"), ("IP67", "being submerged in a metre of water for 30 minutes"),
           ("IP68", "a swim in the pool"), ("IPX7", "being dropped in the bath")]


def product_paragraph(rng):
    kind, desc, names, mode, (wlo, whi), feature, does = rng.choice(GADGETS)
    model = rng.choice(names)
    maker = rng.choice(MAKERS)
    audience = rng.choice(["commuters", "runners", "students", "gamers", "frequent travellers", "office workers"])
    h1 = rng.randrange(20, 70, 5) if kind != "fitness tracker" else rng.randrange(100, 200, 10)
    h2 = h1 - rng.randrange(5, 15)
    life1, life2 = f"{h1} hours", f"{h2} hours"
    charge, quick, quick_h = _draw(rng, ["90 minutes", "two hours", "2.5 hours", "three hours", "an hour", "45 minutes"],
                                   ["five minutes", "ten minutes", "15 minutes"],
                                   ["three hours", "four hours", "five hours", "two hours", "six hours"])
    port = rng.choice(["USB-C", "USB-C", "micro-USB", "Lightning"])
    for _ in range(100):
        weight, lighter = rng.randrange(wlo, whi), rng.randrange(5, 60, 5)
        w_s, l_s = f"{weight} grams", f"{lighter} grams"
        if l_s not in w_s:
            break
    old_model = model.split()[0] + " " + rng.choice(["Classic", "One", "Original", "Lite"])
    cur = rng.choice(["£", "$", "€"])
    base = rng.randrange(39, 300, 10) if kind != "fitness tracker" else rng.randrange(29, 120, 10)
    p1, p2 = _money(cur, base * 100 - 1), _money(cur, (base + rng.choice([30, 50, 70, 100])) * 100 - 1)
    edition = rng.choice(["Pro", "Plus", "Max", "Sport"])
    extra = rng.choice(["a leather case", "a spare charging dock", "a second strap", "a travel pouch", "a longer warranty"])
    c1, c2, c3, c4 = rng.sample(COLOURS, 4)
    rating, survive = rng.choice(RATINGS)
    release = _date(rng, rng.choice([0, 1]))
    warranty = rng.choice(["one year", "two years", "three years"])
    fthe = "the " + feature.split(" ", 1)[1]
    facts = [
        _fact(rng, [("Who makes the {n}?", maker), ("Which company produces the {n}?", maker),
                    ("Who is the {n} aimed at?", audience), ("What type of device is the {n}?", kind)],
              [f"The {model}, made by {maker}, is {desc} aimed at {audience}.",
               f"{maker} has launched the {model}, {desc} designed with {audience} in mind.",
               f"Aimed squarely at {audience}, the {model} is {desc} from {maker}."]),
        _fact(rng, [("How long does the battery of the {n} last?", life1), ("What is the maximum battery life of the {n}?", life1),
                    (f"How long does the battery last with {mode} on?", life2),
                    (f"How many hours of use do you get when {mode} is switched on?", life2)],
              [f"Its battery lasts up to {life1}, or about {life2} with {mode} switched on.",
               f"With {mode} turned on you get around {life2} from a charge; without it, up to {life1}.",
               f"The battery is rated at {life1}, falling to {life2} if you use {mode}."]),
        _fact(rng, [("How long does it take to charge the {n} fully?", charge), ("How long is a full recharge?", charge),
                    ("Which port is used for charging?", port), ("How many hours of use does a quick charge give?", quick_h)],
              [f"A full charge takes {charge} through the {port} port, and just {quick} on the charger gives {quick_h} of use.",
               f"It charges over {port}: {quick} gives {quick_h} of use, and a full charge takes {charge}.",
               f"Charging from empty takes {charge} via {port}, while {quick} on the charger adds {quick_h}."]),
        _fact(rng, [("How much does the {n} weigh?", w_s), ("How much lighter is it than the previous model?", l_s),
                    ("What was the previous model called?", old_model)],
              [f"At {w_s}, it is {l_s} lighter than the previous model, the {old_model}.",
               f"It weighs {w_s}, which is {l_s} less than the {old_model} it replaces.",
               f"The {old_model} it replaces was {l_s} heavier; the new model weighs just {w_s}."]),
        _fact(rng, [("How much does the standard {n} cost?", p1), (f"What is the price of the {edition} edition?", p2),
                    (f"What extra does the {edition} edition come with?", extra)],
              [f"It costs {p1}, while the {edition} edition, which comes with {extra}, is {p2}.",
               f"The standard version is priced at {p1}; for {p2} the {edition} edition adds {extra}.",
               f"Prices start at {p1}, and a {edition} edition with {extra} sells for {p2}."]),
        _fact(rng, [("Which colour is only sold online?", c4), ("What colour can only be bought from the maker's website?", c4)],
              [(f"It comes in {c1}, {c2} and {c3}, and a {c4} version is sold only on the maker's website.",
                [("In which colours is the {n} available in shops?", f"{c1}, {c2} and {c3}")]),
               f"Shops will stock it in {c1}, {c2} and {c3}; the {c4} model is available only online from the maker's website.",
               f"A {c4} version is sold only online, on the maker's website, alongside {c1}, {c2} and {c3} in shops."]),
        _fact(rng, [("What is the water-resistance rating of the {n}?", rating), ("What can the {n} survive?", survive),
                    ("How water-resistant is the {n}?", rating)],
              [f"It is rated {rating}, which means it can survive {survive}.",
               f"With an {rating} rating, it will survive {survive}.",
               f"Thanks to its {rating} rating, {survive} will not harm it."]),
        _fact(rng, [(f"What does {fthe} do?", does), (f"What is the purpose of {fthe}?", does),
                    ],
              [f"{_cap(feature)} {does}.", (f"There is also {feature}, which {does}.", [(f"Which feature {does}?", feature)]),
               (f"One handy extra is {feature}: it {does}.", [(f"Which extra feature {does}?", feature)])]),
        _fact(rng, [("When does the {n} go on sale?", release), ("How long is the warranty?", warranty),
                    ("For how long is the {n} guaranteed?", warranty)],
              [f"It goes on sale on {release} and comes with a warranty of {warranty}.",
               f"The {model} will be in shops from {release} and is covered by a warranty for {warranty}.",
               f"Covered by a warranty of {warranty}, it will be available from {release}."]),
    ]
    return _done(model, facts)


# ---------------------------------------------------------------------------- animals
ANIMALS = [
    dict(name="Atlantic puffin", plural="puffins", group="seabird",
         habitat=["steep grassy cliffs on islands in the North Atlantic", "rocky islands off Iceland, Norway and Scotland"],
         diet=["sand eels and small herring", "small fish such as sand eels and sprats"],
         weight=(380, 560, "grams"), size=(26, 32, "centimetres", "long"), life=(20, 32),
         eggs=("single", 1, 1), inc=(36, 45), nest="in a burrow at the top of a cliff",
         food=("which it catches", "by diving as deep as {x} metres", (20, 60), "How deep can the {n} dive?"),
         mig=("In autumn it leaves its colony and travels up to {km} into {dest}", "the open Atlantic", (1000, 2500),
              "Where does the {n} spend the winter?"),
         predators="great black-backed gulls and skuas", status="vulnerable", unit="breeding pairs", pop=["4 million", "5 million", "6 million"]),
    dict(name="loggerhead turtle", plural="turtles", group="sea turtle",
         habitat=["warm coastal waters and coral reefs", "warm seas from the Mediterranean to Australia"],
         diet=["crabs, jellyfish and sea snails", "crabs, clams and jellyfish"],
         weight=(80, 140, "kilograms"), size=(80, 110, "centimetres", "long"), life=(50, 70),
         eggs=("many", 80, 130), inc=(50, 60), nest="in a hole dug in a sandy beach",
         food=("which it eats", "by crushing the shells with its powerful jaws", None, None),
         mig=("Adults swim as far as {km} between their feeding grounds and {dest}", "the beach where they hatched", (2000, 12000),
              "Where do adult females return to breed?"),
         predators="crabs, gulls and foxes", status="vulnerable", unit="nesting females", pop=["40,000", "60,000", "30,000"]),
    dict(name="osprey", plural="ospreys", group="bird of prey",
         habitat=["lakes, rivers and coasts", "wetlands and lakes across northern Europe"],
         diet=["fish such as trout and pike", "fish such as trout, pike and mullet"],
         weight=(12, 20, "kilograms"), size=(145, 170, "centimetres", "across the wings"), life=(15, 25),
         eggs=("few", 2, 4), inc=(35, 42), nest="in a large nest of sticks at the top of a tall tree",
         food=("which it catches", "by plunging feet-first into the water from up to {x} metres", (10, 40),
               "From what height does the {n} dive for fish?"),
         mig=("Every autumn it flies around {km} to {dest}", "West Africa", (4000, 5500), "Where does the {n} spend the winter?"),
         predators="eagle owls and goshawks", status="of least concern", unit="breeding pairs", pop=["100,000", "50,000", "70,000"]),
    dict(name="humpback whale", plural="whales", group="baleen whale",
         habitat=["oceans around the world", "every ocean, from polar seas to the tropics"],
         diet=["krill and small fish", "krill, herring and other small fish"],
         weight=(25, 36, "tonnes"), size=(12, 16, "metres", "long"), life=(45, 80),
         calf=("in warm tropical waters", (11, 12)),
         food=("which it catches", "by blowing rings of bubbles to trap shoals of fish", None, None),
         mig=("Each year it swims up to {km} between cold feeding grounds and {dest}", "warm tropical breeding waters", (5000, 8000),
              "Where does the {n} go to breed?"),
         predators="killer whales", status="of least concern", unit="animals", pop=["80,000", "85,000", "90,000"]),
    dict(name="white stork", plural="storks", group="wading bird",
         habitat=["wetlands and open farmland", "meadows and marshes across Europe"],
         diet=["frogs, insects and small mammals", "frogs, worms and small fish"],
         weight=(23, 44, "kilograms"), size=(155, 215, "centimetres", "across the wings"), life=(20, 35),
         eggs=("few", 3, 5), inc=(32, 35), nest="in a huge nest on a rooftop or chimney",
         food=("which it catches", "by walking slowly through shallow water and grabbing prey with its bill", None, None),
         mig=("Each autumn it flies about {km} to {dest}", "southern Africa", (8000, 11000), "Where does the {n} spend the winter?"),
         predators="eagles and foxes", status="of least concern", unit="breeding pairs", pop=["200,000", "230,000", "250,000"]),
    dict(name="Arctic tern", plural="terns", group="seabird",
         habitat=["Arctic coasts in summer", "coasts and islands around the Arctic"],
         diet=["small fish and crustaceans", "small fish, shrimps and insects"],
         weight=(86, 127, "grams"), size=(65, 75, "centimetres", "across the wings"), life=(25, 34),
         eggs=("few", 1, 3), inc=(22, 27), nest="in a shallow scrape on the ground",
         food=("which it catches", "by hovering above the water and then plunging in", None, None),
         mig=("Each year it flies a round trip of about {km} between the Arctic and {dest}", "Antarctica", (70000, 90000),
              "Where does the {n} fly to from the Arctic?"),
         predators="foxes, gulls and skuas", status="of least concern", unit="individuals", pop=["1 million", "2 million"]),
    dict(name="caribou", plural="caribou", group="species of deer",
         habitat=["the Arctic tundra and northern forests", "tundra and forests in Canada and Alaska"],
         diet=["lichens, grasses and mosses", "lichens, sedges and willow leaves"],
         weight=(90, 180, "kilograms"), size=(100, 140, "centimetres", "tall at the shoulder"), life=(15, 20),
         calf=("on open tundra", (7, 8)),
         food=("which it reaches in winter", "by digging through the snow with its hooves", None, None),
         mig=("Some herds travel more than {km} a year between {dest} and their winter forests", "their summer calving grounds",
              (1000, 5000), "Where do herds go in summer?"),
         predators="wolves and bears", status="vulnerable", unit="animals", pop=["1.7 million", "2 million", "2.5 million"]),
]


def animal_paragraph(rng):
    sp = rng.choice(ANIMALS)
    name = sp["name"]
    habitat, diet = rng.choice(sp["habitat"]), rng.choice(sp["diet"])
    lo, hi, unit = sp["weight"]
    weight = rng.randint(lo, hi)
    weight_s = f"{weight / 10:.1f} {unit}" if unit == "kilograms" and hi < 50 else f"{weight} {unit}"
    slo, shi, sunit, how = sp["size"]
    size_s = f"{rng.randint(slo, shi)} {sunit}"
    size_q = {"long": "How long is an adult {n}?", "across the wings": "What is the wingspan of the {n}?",
              "tall at the shoulder": "How tall is an adult {n} at the shoulder?"}[how]
    life_s = f"{rng.randint(*sp['life'])} years"
    pct = f"{rng.choice([10, 15, 20, 25, 30, 40])} per cent"
    hunt_clause, method, xr, xq = sp["food"]
    x_s = f"{rng.randrange(xr[0], xr[1] + 1, 5)} metres" if xr else None
    method = method.replace("{x} metres", x_s or "")
    mig_t, dest, kmr, dest_q = sp["mig"]
    km_s = f"{rng.randrange(kmr[0], kmr[1] + 1, 500):,} kilometres"
    mig = mig_t.replace("{km}", km_s).replace("{dest}", dest)
    researcher, uni = _person(rng), rng.choice(lx.INSTITUTIONS[9:18] + lx.SHORT_UNIVERSITIES)
    tagged = str(rng.randint(12, 60))
    pop = rng.choice(sp["pop"])
    facts = [
        _fact(rng, [("Where is the {n} found?", habitat), ("What kind of animal is the {n}?", sp["group"]),
                    ("What is the natural habitat of the {n}?", habitat)],
              [f"The {name} is a {sp['group']} found in {habitat}.",
               f"Found in {habitat}, the {name} is a {sp['group']} that has long fascinated scientists.",
               f"A {sp['group']} of {habitat}, the {name} is easy to recognise."]),
        _fact(rng, [("How much does an adult {n} weigh?", weight_s), ("How heavy is a fully grown {n}?", weight_s),
                    (size_q, size_s)],
              [f"Adults weigh about {weight_s} and measure around {size_s} {how}.",
               f"A fully grown adult measures about {size_s} {how} and weighs around {weight_s}.",
               f"Adults reach {size_s} {how}, with a weight of about {weight_s}."]),
        _fact(rng, [("What does the {n} eat?", diet), ("What is the main food of the {n}?", diet),
                    ("How does the {n} get its food?", method)] + ([(xq, x_s)] if xq else []),
              [f"It feeds mainly on {diet}, {hunt_clause} {method}.",
               f"Its diet is mostly {diet}, {hunt_clause} {method}.",
               f"The {name} lives largely on {diet}, {hunt_clause} {method}."]),
    ]
    if "eggs" in sp:
        kind, elo, ehi = sp["eggs"]
        count = rng.randint(elo, ehi)
        if kind == "single":
            eggs, hatch = "a single egg", "it hatches"
        elif kind == "few":
            eggs, hatch = ("a single egg", "it hatches") if count == 1 else (f"{_words(count)} eggs", "they hatch")
        else:
            eggs, hatch = f"about {count} eggs", "they hatch"
        inc = f"{rng.randint(*sp['inc'])} days"
        nest = sp["nest"][3:]
        facts.append(_fact(rng, [("How many eggs does the {n} lay?", eggs), ("How long is the incubation period?", inc),
                                 ("Where does the {n} lay its eggs?", nest)],
                           [f"The female lays {eggs} {sp['nest']}, and {hatch} after about {inc}.",
                            f"Breeding females lay {eggs} {sp['nest']}; incubation takes about {inc}.",
                            f"After about {inc} of incubation, {hatch.split()[0]} {hatch.split()[1]} from {eggs} laid {sp['nest']}."
                            .replace("it hatches from a single egg", "the chick hatches from a single egg")
                            .replace("they hatch from", "the young hatch from")]))
    else:
        where, (glo, ghi) = sp["calf"]
        months = f"{rng.randint(glo, ghi)} months"
        facts.append(_fact(rng, [("How long does pregnancy last in the {n}?", months),
                                 ("How many calves does a female have at a time?", "a single calf"),
                                 ("Where are the calves born?", where[3:])],
                           [f"Females give birth to a single calf {where} after a pregnancy of about {months}.",
                            f"After carrying it for about {months}, a female gives birth to a single calf {where}."]))
    facts += [
        _fact(rng, [("How long can the {n} live?", life_s), ("What is the lifespan of the {n} in the wild?", life_s),
                    ("What proportion of young survive their first year?", f"fewer than {pct}")],
              [f"It can live for up to {life_s} in the wild, but fewer than {pct} of young survive their first year.",
               f"Although fewer than {pct} of young survive their first year, adults can live for {life_s}.",
               f"Wild adults may reach {life_s} of age; fewer than {pct} of young make it through their first year."]),
        _fact(rng, [("How far does the {n} migrate?", km_s), ("Roughly what distance does the {n} cover on migration?", km_s),
                    (dest_q, dest)],
              [f"{mig}.", f"It is a long-distance traveller: {mig[0].lower() + mig[1:]}."]),
        _fact(rng, [("What are the main predators of the {n}?", sp["predators"]), ("Which animals hunt the {n}?", sp["predators"])],
              [f"Its main predators are {sp['predators']}.", f"Its natural enemies include {sp['predators']}.",
               f"The young in particular are taken by {sp['predators']}."]),
        _fact(rng, [("What is the conservation status of the {n}?", sp["status"]),
                    (f"How many {sp['unit']} are left in the wild?", pop)],
              [f"The species is listed as {sp['status']}, with about {pop} {sp['unit']} left in the wild.",
               f"About {pop} {sp['unit']} remain in the wild, and the species is classed as {sp['status']}."]),
        _fact(rng, [("Who led the tracking study?", researcher), ("How many animals were fitted with tags?", tagged),
                    ("Where is the leader of the tracking study based?", uni)],
              [f"A tracking study led by {researcher} at {uni} fitted {tagged} {sp['plural']} with satellite tags.",
               f"Researchers from {uni}, led by {researcher}, have followed {tagged} tagged {sp['plural']} by satellite."]),
    ]
    return _done(name, facts)


# ---------------------------------------------------------------------------- science
def tides_paragraph(rng):
    facts = [
        _fact(rng, [],
              [("Tides are the regular rise and fall of the sea, caused mainly by the pull of the Moon's gravity.",
                [("What mainly causes tides?", "the pull of the Moon's gravity"),
                 ("What are tides?", "the regular rise and fall of the sea")]),
               ("The regular rise and fall of the sea that we call the tide is caused mainly by the Moon's gravity.",
                [("What is the main cause of {n}?", "the Moon's gravity"),
                 ("What do we call the regular rise and fall of the sea?", "the tide")])]),
        _fact(rng, [("What are the biggest tides called?", "spring tides"), ("When do spring tides happen?", "at new moon and full moon")],
              [("When the Sun, Moon and Earth line up, at new moon and full moon, their pulls combine to produce the biggest tides, called spring tides.",
                [("Why are spring tides so large?", "their pulls combine")]),
               ("The largest tides, known as spring tides, come at new moon and full moon, because the Sun and Moon are then pulling in a straight line.",
                [("Why are spring tides the largest?", "because the Sun and Moon are then pulling in a straight line")])]),
        _fact(rng, [("What are the tides with the smallest range called?", "neap tides"),
                    ("What is the name for tides with the least difference between high and low water?", "neap tides")],
              [("About a week after a spring tide, the Sun and Moon pull at right angles and the range is smallest; these are neap tides.",
                [("How long after a spring tide does a neap tide come?", "About a week")]),
               ("The smallest tides, called neap tides, happen when the Sun and Moon pull at right angles to each other.",
                [("When do neap tides happen?", "when the Sun and Moon pull at right angles to each other")])]),
        _fact(rng, [("How often does high tide come on most coasts?", "every 12 hours and 25 minutes"),
                    ("How much later is high tide each day?", "about 50 minutes")],
              ["Most coasts have a high tide roughly every 12 hours and 25 minutes, so high water comes about 50 minutes later each day.",
               "High water arrives about 50 minutes later each day, because on most coasts high tides come every 12 hours and 25 minutes."]),
        _fact(rng, [("How strong is the Sun's effect on the tides compared with the Moon's?", "less than half")],
              [("The Sun also raises tides, but its effect is less than half that of the Moon because it is so much farther away.",
                [("Why does the Sun have a smaller effect on tides than the Moon?", "because it is so much farther away")]),
               ("Because the Sun is so much farther away, its pull on the oceans is less than half that of the Moon.",
                [("What is the reason for the Sun's weaker effect?", "the Sun is so much farther away")])]),
        _fact(rng, [("Where is the largest tidal range in the world?", "the Bay of Fundy"),
                    ("In which country is the Bay of Fundy?", "Canada"),
                    ("How big is the largest tidal range in the world?", "16 metres")],
              ["The largest tidal range in the world, about 16 metres, is found in the Bay of Fundy in Canada.",
               "In the Bay of Fundy in Canada, the water can rise and fall by about 16 metres, the largest tidal range on Earth."]),
        _fact(rng, [("When did the La Rance tidal power station open?", "1966"), ("How many turbines does the La Rance station use?", "24"),
                    ("In which country is the La Rance power station?", "France")],
              ["The tidal power station at La Rance in France, opened in 1966, uses the flow of water through a barrage to turn 24 turbines.",
               "Tides can also make electricity: since 1966, water flowing through a barrage at La Rance in France has turned 24 turbines."]),
        _fact(rng, [("Why are there two high tides a day?", "because the oceans bulge on both sides of the Earth"),
                    ("How many high tides are there each day?", "two")],
              ["There are two high tides a day because the oceans bulge on both sides of the Earth, the side facing the Moon and the side facing away.",
               "As the Earth turns, a coast passes through two high tides a day, because the oceans bulge on both sides of the Earth."]),
    ]
    return _done("tides", facts)


def photosynthesis_paragraph(rng):
    facts = [
        _fact(rng, [("What do plants make sugar from during {n}?", "carbon dioxide and water"),
                    ("What provides the energy for {n}?", "sunlight")],
              ["Photosynthesis is the process by which green plants use sunlight to make sugar from carbon dioxide and water.",
               "In photosynthesis, green plants use the energy of sunlight to turn carbon dioxide and water into sugar.",
               "Green plants make their own food by photosynthesis, using sunlight to build sugar out of carbon dioxide and water."]),
        _fact(rng, [("What are the tiny structures where {n} takes place called?", "chloroplasts"),
                    ("What is the name of the green pigment in leaves?", "chlorophyll"),
                    ("What is the green pigment in chloroplasts called?", "chlorophyll")],
              ["It takes place mainly in the leaves, inside tiny structures called chloroplasts, which contain a green pigment called chlorophyll.",
               "Inside leaf cells are tiny structures called chloroplasts, packed with a green pigment known as chlorophyll."]),
        _fact(rng, [("Which colours of light does chlorophyll absorb?", "red and blue light")],
              [("Leaves look green because chlorophyll absorbs red and blue light but reflects green light.",
                [("Why do leaves look green?", "because chlorophyll absorbs red and blue light but reflects green light")]),
               ("Chlorophyll absorbs red and blue light but reflects green light, which is why leaves look green.",
                [("What colour of light does chlorophyll reflect?", "green light")])]),
        _fact(rng, [("What are the pores on a leaf called?", "stomata"),
                    ("What are the small openings on the underside of a leaf known as?", "stomata"),
                    ("How many stomata can a square millimetre of leaf hold?", "more than 100")],
              ["Gases enter and leave the leaf through small pores on its underside called stomata, which can number more than 100 per square millimetre.",
               "The underside of a leaf is dotted with tiny pores called stomata, sometimes more than 100 in a single square millimetre, through which gases pass."]),
        _fact(rng, [("Why do plants close their stomata?", "to reduce the amount of water they lose"),
                    ("When do plants close their stomata?", "in hot, dry weather")],
              ["Plants close their stomata in hot, dry weather to reduce the amount of water they lose.",
               "The stomata close in hot, dry weather to reduce the amount of water they lose, which also slows photosynthesis."]),
        _fact(rng, [("What are the tiny plants of the ocean called?", "phytoplankton"),
                    ("How much of the oxygen in the air comes from phytoplankton?", "around half")],
              ["Oxygen is given off as a by-product, and around half of the oxygen in the air comes from tiny ocean plants called phytoplankton.",
               "Not all of our oxygen comes from forests: around half of it is made by tiny plants in the ocean called phytoplankton."]),
        _fact(rng, [("Why do leaves turn yellow in autumn?", "because trees stop making chlorophyll"),
                    ("What colour do leaves turn in autumn?", "yellow"), ("What do trees stop making in autumn?", "chlorophyll")],
              ["Leaves turn yellow in autumn because trees stop making chlorophyll, revealing orange and gold pigments that were hidden all summer.",
               "In autumn, leaves turn yellow because trees stop making chlorophyll, so the orange and gold pigments underneath show through."]),
        _fact(rng, [("What is the sugar made in {n} called?", "glucose"), ("In what form do plants store extra sugar?", "starch")],
              ["The sugar produced, glucose, is either used for energy straight away or stored as starch.",
               "Plants use the glucose they make for energy and store any extra as starch."]),
    ]
    return _done("photosynthesis", facts)


def volcano_paragraph(rng):
    facts = [
        _fact(rng, [("What is molten rock below the surface called?", "magma"), ("What is magma called once it reaches the surface?", "lava")],
              ["A volcano is an opening in the Earth's crust through which molten rock, called magma below ground and lava once it reaches the surface, escapes.",
               "Molten rock beneath the surface is called magma; when it erupts from a volcano, it is known as lava."]),
        _fact(rng, [("How hot can lava be?", "1,200°C"), ("What is the temperature of the hottest lava?", "1,200°C")],
              ["Lava can be as hot as 1,200°C, and it glows orange or red as it flows.",
               "The hottest lava reaches about 1,200°C."]),
        _fact(rng, [("Why are some eruptions explosive?", "because the magma is thick and traps gas"),
                    ("What does thick magma trap?", "gas")],
              ["Some eruptions are explosive because the magma is thick and traps gas until the pressure becomes too great.",
               "Explosive eruptions happen because the magma is thick and traps gas, which escapes violently."]),
        _fact(rng, [("What are wide, gently sloping volcanoes called?", "shield volcanoes"),
                    ("Where is an example of volcanoes with runny lava?", "Hawaii")],
              ["Where the magma is runny, as in Hawaii, lava flows out gently and builds wide, gently sloping shield volcanoes.",
               "Runny magma, as in Hawaii, produces gentle eruptions and wide, gently sloping shield volcanoes."]),
        _fact(rng, [("What is the zone around the Pacific Ocean called?", "the Ring of Fire"),
                    ("What share of active volcanoes lie around the Pacific?", "75 per cent")],
              ["About 75 per cent of the world's active volcanoes lie around the Pacific Ocean, in a zone known as the Ring of Fire.",
               "A horseshoe-shaped zone around the Pacific Ocean, known as the Ring of Fire, holds about 75 per cent of the world's active volcanoes."]),
        _fact(rng, [("How many potentially active volcanoes are there on land?", "about 1,350"),
                    ("Roughly how many volcanoes erupt each year?", "around 50")],
              ["There are about 1,350 potentially active volcanoes on land, and around 50 of them erupt in a typical year.",
               "In a typical year around 50 volcanoes erupt, out of about 1,350 potentially active ones on land."]),
        _fact(rng, [("What is a fast-moving cloud of hot gas and ash called?", "a pyroclastic flow"),
                    ("How fast can a pyroclastic flow travel?", "more than 100 kilometres per hour")],
              ["The deadliest hazard is often a pyroclastic flow, a fast-moving cloud of hot gas and ash that can travel at more than 100 kilometres per hour.",
               "A fast-moving cloud of hot gas and ash, known as a pyroclastic flow, can race downhill at more than 100 kilometres per hour."]),
        _fact(rng, [("Which town did Vesuvius bury?", "Pompeii"), ("When was Pompeii buried?", "AD 79"),
                    ("Which volcano buried Pompeii?", "Mount Vesuvius")],
              ["In AD 79 an eruption of Mount Vesuvius buried the Roman town of Pompeii under several metres of ash.",
               "The Roman town of Pompeii was buried under several metres of ash when Mount Vesuvius erupted in AD 79."]),
        _fact(rng, [("Why do people farm on the slopes of volcanoes?", "because volcanic ash makes the soil very fertile"),
                    ("What makes the soil near volcanoes fertile?", "volcanic ash")],
              [("People still farm on the slopes of volcanoes because volcanic ash makes the soil very fertile, and volcanologists watch for warning signs such as small earthquakes.",
                [("What are scientists who study volcanoes called?", "volcanologists"),
                 ("What warning signs do volcanologists watch for?", "small earthquakes")]),
               "Scientists watch active volcanoes closely, yet people still farm on their slopes because volcanic ash makes the soil very fertile."]),
    ]
    return _done("volcanoes", facts)


def lightning_paragraph(rng):
    facts = [
        _fact(rng, [("What causes {n}?", "a build-up of electrical charge inside storm clouds"),
                    ("What is {n}?", "a giant spark of electricity"), ("Where does the charge that causes {n} build up?", "inside storm clouds")],
              ["Lightning is a giant spark of electricity caused by a build-up of electrical charge inside storm clouds.",
               "Lightning, a giant spark of electricity, is caused by a build-up of electrical charge inside storm clouds."]),
        _fact(rng, [("How hot can a lightning bolt make the air?", "about 30,000°C"),
                    ("How does the heat of a bolt compare with the surface of the Sun?", "roughly five times hotter")],
              ["A single bolt can heat the air around it to about 30,000°C, roughly five times hotter than the surface of the Sun.",
               "The air around a bolt is heated to about 30,000°C, which is roughly five times hotter than the surface of the Sun."]),
        _fact(rng, [("What is thunder?", "the sound of superheated air expanding very quickly"),
                    ("What makes the sound of thunder?", "superheated air expanding very quickly")],
              ["Thunder is the sound of superheated air expanding very quickly.",
               "What we hear as thunder is the sound of superheated air expanding very quickly around the bolt."]),
        _fact(rng, [("Why do we see lightning before we hear the thunder?", "because light travels much faster than sound"),
                    ("Which travels faster, light or sound?", "light")],
              ["We see the flash before we hear the thunder because light travels much faster than sound.",
               "The flash always comes first because light travels much faster than sound."]),
        _fact(rng, [("What should you divide the number of seconds by to find the distance in kilometres?", "three"),
                    ("How can you estimate how far away a storm is?", "count the seconds between the flash and the thunder")],
              ["To estimate how far away a storm is, count the seconds between the flash and the thunder and divide by three to get the distance in kilometres.",
               "To judge a storm's distance in kilometres, count the seconds between the flash and the thunder, then divide by three."]),
        _fact(rng, [("How often does lightning flash somewhere on Earth?", "about 40 to 50 times every second"),
                    ("Roughly how many times a second does lightning flash around the world?", "about 40 to 50 times")],
              ["Around the world, lightning flashes about 40 to 50 times every second.",
               "Somewhere on Earth, lightning flashes about 40 to 50 times every second, mostly over land."]),
        _fact(rng, [("Who invented the lightning conductor?", "Benjamin Franklin"), ("When was the lightning conductor invented?", "the 1750s"),
                    ("What does a lightning conductor do?", "carries the current safely to the ground")],
              ["The lightning conductor, a metal rod that carries the current safely to the ground, was invented by Benjamin Franklin in the 1750s.",
               "In the 1750s Benjamin Franklin invented the lightning conductor, a metal rod that carries the current safely to the ground."]),
        _fact(rng, [("What is lightning that stays inside a cloud called?", "intra-cloud lightning"),
                    ("What is lightning that never leaves the cloud known as?", "intra-cloud lightning")],
              ["Lightning that stays inside a cloud is called intra-cloud lightning, and it is far more common than strikes to the ground.",
               "Most flashes never reach the ground; lightning that stays inside a cloud is called intra-cloud lightning."]),
        _fact(rng, [("What should you avoid if you are caught outside in a storm?", "tall trees and open hilltops"),
                    ],
              [("If you are caught outside in a storm, avoid tall trees and open hilltops, because lightning tends to strike the highest point.",
                [("Why should you stay away from hilltops during a storm?", "because lightning tends to strike the highest point")]),
               ("Lightning tends to strike the highest point, so people caught outside in a storm should avoid tall trees and open hilltops.",
                [("What does lightning tend to strike?", "the highest point")])]),
    ]
    return _done("lightning", facts)


# ----------------------------------------------------------------------------- sport
CLUB_SUFFIXES = ["Rovers", "United", "Athletic", "Town", "Albion", "City", "Wanderers", "Rangers", "FC", "Harriers"]
GROUNDS = ["Mill Lane", "Victoria Park", "the Riverside Ground", "Station Road", "the Memorial Stadium",
           "Castle Meadow", "the Recreation Ground", "Brook Park", "the Community Stadium", "Kingfield"]


def football_paragraph(rng):
    towns = rng.sample(TOWNS, 5)
    teams = [f"{t} {rng.choice(CLUB_SUFFIXES)}" for t in towns]
    win, lose, top, opp, opp2 = teams
    ground = rng.choice(GROUNDS)
    day, day2 = rng.sample(["Saturday", "Tuesday", "Wednesday", "Sunday", "Friday"], 2)
    goals_w = rng.randint(2, 4)
    goals_l = rng.randint(1, goals_w - 1)
    score = f"{goals_w}-{goals_l}"
    s1, a1, s2, s3, red, m1, m2, fouled = _people(rng, 8)
    o1, o2, o4, o3 = rng.randint(3, 28), rng.randint(30, 45), rng.randint(50, 70), rng.randint(74, 90)
    o1, o2, o3, o4 = (f"{_ord(o)} minute" for o in (o1, o2, o3, o4))
    yards = f"{rng.choice([18, 20, 22, 25, 30, 35])} yards"
    reason = rng.choice(["a second yellow card", f"a late tackle on {s1}", "handling the ball on the line", "dissent"])
    att = f"{rng.randint(800, 9000):,}"
    pos, pts = _draw(rng, ["second", "third", "fourth", "fifth", "sixth"], [f"{_words(k)} points" for k in range(2, 12)])
    penalty = rng.random() < 0.5
    facts = [
        _fact(rng, [("What was the final score?", score), ("Who did {n} beat?", lose), ("Which team lost the match?", lose),
                    ("Where was the match played?", ground), ("On what day was the game played?", day)],
              [(f"{win} beat {lose} {score} at {ground} on {day}.", [("Which team won the game?", win)]),
               (f"{win} claimed a {score} victory over {lose} at {ground} on {day}.", [("Who won the match?", win)]),
               (f"{lose} were beaten {score} by {win} at {ground} on {day}.", [("Which side won?", win)])]),
        _fact(rng, [("Who scored the first goal?", s1), ("Who opened the scoring?", s1), ("In which minute did {n} take the lead?", o1),
                    ("Who took the corner for the opening goal?", a1), ("Whose corner led to the first goal?", a1)],
              [f"{s1} gave {win} the lead in the {o1}, heading in a corner from {a1}.",
               f"{_poss(a1)} corner was headed in by {s1} in the {o1} to put {win} ahead.",
               f"In the {o1}, {s1} rose to meet a corner from {a1} and headed {win} in front."]),
        _fact(rng, [("Who scored the equaliser?", s2), (f"Who levelled the score for {lose}?", s2),
                    (f"When did {lose} equalise?", o2)],
              [(f"{s2} equalised for {lose} from the penalty spot in the {o2} after {fouled} was tripped.",
                [("Who was fouled for the penalty?", fouled), (f"Who was tripped in the build-up to the goal for {lose}?", fouled)])
               if penalty else
               (f"{s2} equalised for {lose} in the {o2}, firing in from the edge of the area.",
                [(f"How did {s2} score?", "firing in from the edge of the area")]),
               f"{lose} drew level in the {o2} through {s2}."]),
        _fact(rng, [("Which substitute scored?", s3), ("Who came off the bench to score?", s3),
                    (f"From how far out did {s3} score?", yards), ("In which minute did the substitute score?", o3)],
              [f"Substitute {s3} settled the game with a shot from {yards} in the {o3}.",
               f"The game was settled in the {o3}, when substitute {s3} scored from {yards}.",
               f"{s3}, on as a substitute, found the net from {yards} in the {o3}."]),
        _fact(rng, [("Who was sent off?", red), (f"Why was {red} sent off?", reason), (f"In which minute was {red} sent off?", o4),
                    (f"How many players did {lose} finish with?", "ten men")],
              [f"{lose} finished with ten men after {red} was sent off in the {o4} for {reason}.",
               f"{red} was sent off in the {o4} for {reason}, leaving {lose} with ten men."]),
        _fact(rng, [("What was the attendance?", att), ("How many spectators watched the game?", att),
                    ("How many people were at the match?", att)],
              [f"The crowd of {att} was the largest at {ground} this season.",
               f"A crowd of {att}, the biggest of the season, watched the game.",
               f"Some {att} spectators were at the game."]),
        _fact(rng, [("Which team is top of the league?", top), ("Who are the league leaders?", top),
                    ("What position are {n} now in?", pos), ("How many points behind the leaders are {n}?", pts)],
              [f"The win lifts {win} to {pos} in the table, {pts} behind leaders {top}.",
               f"{win} are now {pos}, {pts} behind {top}, who lead the table.",
               f"{top} remain top of the league, {pts} clear of {win}, who move up to {pos}."]),
        _fact(rng, [("Who is the manager of {n}?", m1), ("Who manages {n}?", m1), (f"Who is the manager of {lose}?", m2),
                    (f"Who is in charge of {lose}?", m2)],
              [f"{win} manager {m1} praised the team's spirit, while {lose} boss {m2} said the side had given away soft goals.",
               f"{m1}, the {win} manager, called it the best performance of the season; {m2}, in charge of {lose}, was less happy."]),
        _fact(rng, [("Who do {n} play next?", opp), (f"Who will {lose} face next?", opp2), ("On what day do {n} play their next game?", day2)],
              [f"{win} travel to {opp} next {day2}, while {lose} host {opp2}.",
               f"Next up for {win} is a trip to {opp} on {day2}; {lose} are at home to {opp2}."]),
    ]
    return _done(win, facts)


RACES = {  # race: elite winning times (s), wheelchair winning times (s), where a break comes (km)
    "Marathon": ((2 * 3600 + 5 * 60, 2 * 3600 + 20 * 60), (3600 + 25 * 60, 3600 + 45 * 60), (18, 35)),
    "Half Marathon": ((3600, 3600 + 8 * 60), (42 * 60, 55 * 60), (8, 18)),
    "10K": ((27 * 60 + 30, 33 * 60), (19 * 60, 26 * 60), (5, 8)),
}


def _race_time(secs):
    hours, rest = divmod(secs, 3600)
    mins, sec = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{sec:02d}" if hours else f"{mins}:{sec:02d}"


def race_paragraph(rng):
    place = rng.choice(TOWNS + ["Edinburgh", "Glasgow", "Cardiff", "Belfast", "Bristol", "Leeds", "Manchester", "Liverpool"])
    kind = rng.choice(list(RACES))
    (mlo, mhi), (wlo, whi), (klo, khi) = RACES[kind]
    name = f"the {place} {kind}"
    w1, r1, w2, holder, oldest, local = _people(rng, 6)
    tm = rng.randint(mlo, mhi)
    tw = rng.randint(wlo, whi)
    old_rec = tw + rng.randint(5, 90)
    gap = f"{rng.randint(3, 40)} seconds"
    t1, t2, t_old = _race_time(tm), _race_time(tw), _race_time(old_rec)
    t3 = _race_time(rng.randint(int(mhi * 1.8), int(mhi * 2.6)))
    km = f"{rng.randint(klo, khi)} kilometres" if kind != "10K" else f"{rng.randint(klo, khi)}km mark"
    starters = f"{rng.randrange(800, 40000, 50):,}"
    start = rng.choice(["the castle gates", "the seafront", "the town hall", "Victoria Park", "the cathedral square", "the harbour"])
    start_time = _clock(rng.choice([8, 9, 10]), rng.choice([0, 15, 30]), rng.choice([0, 1]))
    temp = f"{rng.randint(8, 26)}°C"
    road = rng.choice(["the seafront", "the river path", "the ring road", "the old railway line"])
    road = road if road != start else "the coast road"
    money = rng.choice(["£1.2 million", "£450,000", "£2 million", "£800,000", "£75,000"])
    charity = rng.choice(["the air ambulance", "the children's hospital", "a local food bank", "the mountain rescue team"])
    age = str(rng.randint(78, 91))
    year = str(rng.randint(1995, 2019))
    job = rng.choice(["nurse", "postman", "teacher", "firefighter", "plumber", "student", "vet"])
    place_pos = _ord(rng.randint(9, 60))
    facts = [
        _fact(rng, [("How many runners started {n}?", starters), ("Where did the race start?", start),
                    ("What time did the race start?", start_time), ("When did the runners set off?", start_time)],
              [f"More than {starters} runners started {name} on Sunday, setting off from {start} at {start_time}.",
               f"At {start_time} on Sunday, {starters} runners set off from {start} in {name}.",
               f"{_cap(name)} began at {start} at {start_time} on Sunday, with {starters} runners on the start line."]),
        _fact(rng, [("Who won the elite race?", w1), ("What was the winning time in the elite race?", t1),
                    ("Who finished second in the elite race?", r1), ("Who was the runner-up in the elite race?", r1),
                    (f"By how much did {w1} win?", gap)],
              [f"{w1} won the elite race in {t1}, {gap} ahead of {r1}.",
               f"The elite title went to {w1} in {t1}; {r1} finished {gap} behind in second place.",
               f"{r1} had to settle for second, {gap} behind {w1}, who won the elite race in {t1}."]),
        _fact(rng, [("Who won the wheelchair race?", w2), ("What was the winning time in the wheelchair race?", t2),
                    (f"Where did {w2} break away?", km), (f"At what point did {w2} pull clear?", km)],
              [f"In the wheelchair race, {w2} broke away at {km} and finished in {t2}.",
               f"{w2} won the wheelchair race in {t2}, pulling clear at {km}.",
               f"The wheelchair winner, {w2}, went clear at {km} and crossed the line in {t2}."]),
        _fact(rng, [("What was the previous course record?", t_old), ("Who held the old record?", holder),
                    ("When was the previous record set?", year)],
              [f"{_poss(w2)} time was a course record, beating the mark of {t_old} set by {holder} in {year}.",
               f"That broke the course record of {t_old}, which {holder} had held since {year}.",
               f"The old course record, {t_old}, had stood since {holder} set it in {year}."]),
        _fact(rng, [("How warm was it during the race?", temp), ("What was the temperature?", temp),
                    ("Where did runners face a headwind?", road)],
              [f"Runners faced temperatures of {temp} and a strong headwind along {road}.",
               f"It was {temp} at the start, and a strong headwind along {road} slowed the field."]),
        _fact(rng, [("How much is the race expected to raise?", money), ("Which charity benefits most?", charity),
                    ("What is the main charity supported by {n}?", charity)],
              [f"Organisers expect the event to raise {money} for charity, with {charity} the main beneficiary.",
               f"The race is expected to raise {money}, most of it for {charity}."]),
        _fact(rng, [("Who was the oldest finisher?", oldest), ("How old was the oldest finisher?", age),
                    ("How long did the oldest finisher take?", t3)],
              [f"The oldest finisher was {oldest}, aged {age}, who completed the course in {t3}.",
               f"{oldest}, at {age} the oldest runner in the field, finished in {t3}."]),
        _fact(rng, [("Who was the first local runner to finish?", local), (f"What does {local} do for a living?", job),
                    (f"In what position did {local} finish?", place_pos)],
              [f"The first local runner home was {local}, a {job} from {place}, who finished {place_pos}.",
               f"{local}, a {job} from {place}, was the best local finisher in {place_pos} place."]),
    ]
    return _done(name, facts)


# --------------------------------------------------------------------- public notices
def election_paragraph(rng):
    town = rng.choice(TOWNS)
    body = rng.choice(["Town Council", "District Council", "City Council", "County Council"])
    subject = f"the {town} {body} election"
    month_i = rng.randrange(2, 6)
    poll_day = rng.randint(1, 28)
    poll = f"Thursday {poll_day} {MONTHS[month_i]}"
    _, seats, age, reg, cert_date, pdate, xdate = _draw(
        rng, [poll], [str(k) for k in range(12, 61)], ["18", "18", "16"],
        *[lambda: f"{rng.randint(1, 28)} {MONTHS[month_i - 1]}"] * 4)
    style = rng.choice([0, 1])
    open_t, close_t = _clock(rng.choice([7, 8]), 0, style), _clock(rng.choice([21, 22]), 0, style)
    ptime = _clock(17, 0, style)
    doc = rng.choice(["passport", "driving licence", "Blue Badge", "older person's bus pass"])
    ward = rng.choice(["Northgate ward", "Abbey ward", "Riverside ward", "Castle ward", "St Peter's ward", "Hillside ward"])
    venue, count_venue = _draw(rng, ["St Luke's Church Hall", "the Community Centre on Park Road", "Oakfield Primary School",
                                     "the Scout Hut on Mill Lane", "the library on " + _street(rng)],
                               ["the Town Hall", "the Civic Centre", "the leisure centre", "the Guildhall"])
    res_time = _clock(rng.choice([2, 3, 4]), 0, style)
    fine = rng.choice(["£1,000", "£80", "£500"])
    reg_mins = rng.choice(["five minutes", "ten minutes", "a few minutes"])
    site = rng.choice(["gov.uk/register-to-vote", f"{town.lower()}.gov.uk/elections", "the council's website"])
    office = rng.choice(["the Town Hall", "the Civic Centre", "the council offices on " + _street(rng)])
    office = office if office != count_venue else "the council offices on Market Street"
    o_open, o_close = _clock(9, 0, style), _clock(rng.choice([16, 17]), rng.choice([0, 30]), style)
    facts = [
        _fact(rng, [("When will {n} be held?", poll), ("On what date is polling day?", poll),
                    ("How many seats are up for election?", seats), ("How many councillors will be elected?", seats)],
              [f"The election for {town} {body} will be held on {poll}, with {seats} seats to be filled.",
               f"Voters in {town} go to the polls on {poll} to elect {seats} members of the {body}.",
               f"On {poll}, {seats} seats on {town} {body} are up for election."]),
        _fact(rng, [("What is the minimum age for voting?", age), ("How old must you be to vote in {n}?", age),
                    ("By what date must people register to vote?", reg), ("What is the registration deadline?", reg)],
              [f"To vote, you must be aged {age} or over on polling day and registered by midnight on {reg}.",
               f"Anyone aged {age} or over can vote, provided they have registered by midnight on {reg}.",
               f"The deadline to register is midnight on {reg}, and voters must be at least {age} on polling day."]),
        _fact(rng, [("When do polling stations open?", open_t), ("What time do the polls close?", close_t),
                    ("Until what time can people vote?", close_t), ("From what time can people cast their vote?", open_t)],
              [f"Polling stations will be open from {open_t} to {close_t}.",
               f"Polls open at {open_t} and close at {close_t}; anyone queuing at {close_t.replace(close_t, 'closing time')} will still be allowed to vote.",
               f"Voting runs from {open_t} until {close_t}."]),
        _fact(rng, [("What must voters show at the polling station?", "photo identification"),
                    ("What can people without photo ID apply for?", "a free Voter Authority Certificate"),
                    ("What is the deadline for applying for a Voter Authority Certificate?", cert_date),
                    ("Which document is given as an example of photo ID?", doc)],
              [f"Voters must show photo identification, such as {_a(doc)}, and anyone without it can apply for a free Voter Authority Certificate until {cert_date}.",
               f"You will need photo identification, for example {_a(doc)}; if you have none, apply for a free Voter Authority Certificate by {cert_date}."]),
        _fact(rng, [("By what date must postal vote applications arrive?", pdate), ("What is the deadline for proxy vote applications?", xdate),
                    ("At what time on the deadline day must postal vote applications arrive?", ptime)],
              [f"Postal vote applications must reach the electoral office by {ptime} on {pdate}; the deadline for proxy votes is {xdate}.",
               f"The deadline for proxy votes is {xdate}, while applications for a postal vote must arrive by {ptime} on {pdate}."]),
        _fact(rng, [(f"Where will most voters in {ward} vote?", venue)],
              [(f"Most people in {ward} will vote at {venue}, as shown on their polling cards.",
                [("What tells voters where their polling station is?", "their polling cards")]),
               (f"Polling cards show each voter's polling station; most voters in {ward} will vote at {venue}.",
                [(f"Which polling station will most voters in {ward} use?", venue)])]),
        _fact(rng, [("Where will the votes be counted?", count_venue), ("By what time are the results expected?", res_time),
                    ("Where does the count take place?", count_venue)],
              [f"The count will take place overnight at {count_venue}, and results are expected by {res_time}.",
               f"Votes will be counted overnight at {count_venue}, with the results expected by {res_time}."]),
        _fact(rng, [("How much can someone be fined for not returning the registration form?", fine),
                    ("What is the maximum fine for failing to return the form?", fine),
                    ("How long does it take to register online?", reg_mins)],
              [f"Householders who fail to return the annual registration form can be fined up to {fine}, while registering online takes only {reg_mins}.",
               f"Registering online takes about {reg_mins}; failing to return the annual household form can lead to a fine of up to {fine}."]),
        _fact(rng, [("Where can further information be found online?", site), ("Where is the electoral services office?", office),
                    ("What time does the electoral services office close?", o_close)],
              [f"Further information is available at {site} or from the electoral services office at {office}, open weekdays from {o_open} to {o_close}.",
               f"For help, visit {site} or call in at the electoral services office at {office} between {o_open} and {o_close} on weekdays."]),
    ]
    return _done(subject, facts)


LAKES = ["Linford Reservoir", "Carr Mill Dam", "Lake Ellerton", "Heron Water", "Blackmoss Lake", "the River Wend",
         "Kingsmere Lake", "Foxhollow Pond", "the Upper Tarn", "Willow Pool"]


def fishing_permit_paragraph(rng):
    lake = rng.choice(LAKES)
    subject = f"fishing at {lake}"
    shop = rng.choice(["the tackle shop on " + _street(rng), "the visitor centre", "the post office in " + rng.choice(TOWNS),
                       "the lodge at the main car park"])
    site = rng.choice(["fishing.example.org", f"{lake.split()[-1].lower()}permits.example.com", "the club's website"])
    cur = rng.choice(["£", "£", "€", "$"])
    p1, p2, p3, fine = _draw(rng, lambda: _price(rng, cur, 30, 90, 500), lambda: _price(rng, cur, 5, 12, 50),
                             lambda: _price(rng, cur, 2, 8, 50), lambda: _money(cur, rng.choice([100, 150, 200, 250, 500]) * 100))
    jlo, jhi = rng.choice([(12, 16), (11, 17), (12, 17), (10, 16)])
    min_age, adult_age = _draw(rng, [str(jlo)], ["18", "21"])
    season_start, season_end = rng.choice([("16 June", "14 March"), ("1 March", "31 October"), ("1 April", "30 September"),
                                           ("15 March", "15 November"), ("1 May", "31 December")])
    closed = rng.choice(["two weeks in August for weed clearing", "the annual draining of the lower pool in September",
                         "club matches on the first Sunday of each month", "the fish survey in late July"])
    style = rng.choice([0, 1, 2])
    open_t, close_t = _clock(rng.choice([5, 6, 7]), 0, style), _clock(rng.choice([21, 22]), rng.choice([0, 30]), style)
    keep, size = _draw(rng, ["two", "three", "four", "six"], [f"{c} centimetres" for c in (25, 30, 35, 40)])
    doc, bill = rng.choice(["a passport or driving licence", "photo ID such as a passport", "a passport"]), \
        rng.choice(["a recent utility bill", "a council tax bill", "a bank statement"])
    facts = [
        _fact(rng, [("Where can permits be bought in person?", shop), ("Which website sells permits?", site),
                    ("Where can anglers buy a permit online?", site)],
              [f"Anyone fishing at {lake} needs a permit, which can be bought from {shop} or online at {site}.",
               f"Permits are required for all fishing at {lake}; buy one online at {site} or in person at {shop}.",
               f"All anglers at {lake} must hold a permit, sold at {shop} and on {site}."]),
        _fact(rng, [("How much is an adult season permit?", p1), ("What does a day permit cost?", p2),
                    ("How much do junior anglers pay?", p3), ("What is the price of a junior permit?", p3)],
              [f"An adult season permit costs {p1} and a day permit {p2}, while juniors aged {jlo} to {jhi} pay {p3}.",
               f"Day permits are {p2}; a season permit is {p1} for adults and {p3} for juniors aged {jlo} to {jhi}.",
               f"Juniors aged {jlo} to {jhi} pay {p3}, adults {p1} for the season, and anyone can buy a day permit for {p2}."]),
        _fact(rng, [("Below what age must children be accompanied?", min_age), ("How old must the accompanying adult be?", adult_age),
                    ("What is the minimum age of an accompanying adult?", adult_age)],
              [f"Children under {min_age} must be accompanied by an adult aged {adult_age} or over.",
               f"Anglers younger than {min_age} may only fish with an adult who is at least {adult_age}."]),
        _fact(rng, [("When does the fishing season start?", season_start), ("When does the season end?", season_end),
                    ("When is the water closed to anglers?", closed)],
              [f"The season runs from {season_start} to {season_end}, but the water is closed to anglers during {closed}.",
               f"Fishing is allowed from {season_start} until {season_end}, except during {closed}, when the water is closed."]),
        _fact(rng, [("What time does fishing end each day?", close_t), ("From what time can anglers start fishing?", open_t),
                    ("Until when is fishing allowed each day?", close_t)],
              [f"Fishing is allowed from {open_t} until {close_t}, and night fishing is not permitted.",
               f"Night fishing is banned: anglers may fish only between {open_t} and {close_t}."]),
        _fact(rng, [("How many fish can an angler keep per day?", keep), ("What is the minimum size of fish that can be kept?", size),
                    ("What must happen to fish under the size limit?", "must be returned")],
              [f"Anglers may keep up to {keep} fish a day, and any fish under {size} must be returned.",
               f"Any fish shorter than {size} must be returned, and no more than {keep} may be kept each day."]),
        _fact(rng, [("What identity document is needed for a season permit?", doc), ("What proof of address is accepted?", bill)],
              [f"To apply for a season permit you will need {doc} and proof of address, such as {bill}.",
               f"Season permit applications must include {doc}, plus proof of address such as {bill}."]),
        _fact(rng, [("What is the fine for fishing without a permit?", fine), ("Who patrols the banks?", "bailiffs"),
                    ("How much can an angler without a permit be fined?", fine)],
              [f"The banks are patrolled by bailiffs, and anyone caught without a permit faces a fine of {fine}.",
               f"Anyone caught fishing without a permit by the bailiffs who patrol the banks faces a fine of {fine}."]),
        _fact(rng, [("Why are lead weights banned?", "because they poison swans and other water birds"),
                    ("What harm do lead weights do?", "they poison swans and other water birds")],
              ["Lead weights are banned because they poison swans and other water birds.",
               "The use of lead weights is not allowed, because they poison swans and other water birds."]),
    ]
    return _done(subject, facts)


LIBRARIES = ["the Hartley Library", "the Chapel Street Library", "the Whitmore Library", "the Science Library",
             "the Barnes Learning Centre", "the Main Library", "the Law Library", "the Brunswick Library"]


def library_notice_paragraph(rng):
    lib = rng.choice(LIBRARIES)
    month = rng.choice(["April", "May", "December", "January"])
    d1 = rng.randint(1, 10)
    start, end = f"{d1} {month}", f"{d1 + rng.randint(14, 18)} {month}"
    repair_end = f"{rng.randint(1, 28)} {rng.choice([m for m in MONTHS if m != month])}"
    style = rng.choice([0, 1, 2])
    o1, c1 = _clock(rng.choice([7, 8]), rng.choice([0, 30]), style), rng.choice(["midnight", _clock(23, 0, style), _clock(22, 0, style)])
    c1 = c1 if style != 2 or c1 != "midnight" else "00:00"
    c2 = _clock(rng.choice([17, 18, 19]), 0, style)
    o3, c3, c2 = _draw(rng, lambda: _clock(rng.choice([9, 10]), 0, style),
                       lambda: _clock(rng.choice([16, 17, 18]), rng.choice([0, 30]), style), [c2])
    door = rng.choice(["the side door on Mill Street", "the rear entrance next to the car park",
                       "the door beside the café on Park Walk", "the north entrance on College Road"])
    head, it_officer = _people(rng, 2)
    hours, late_fee = rng.choice(["four hours", "three hours", "a day", "24 hours"]), rng.choice(["£1", "50p", "£2", "£5"])
    desk = rng.choice(["the help desk", "the IT desk on the ground floor", "the self-service lockers by the entrance"])
    floor, floor2 = rng.sample(["first", "second", "third", "fourth", "ground"], 2)
    advance, cap = rng.choice(["24 hours", "two days", "a week"]), rng.choice(["six", "eight", "ten", "twelve"])
    pb, pc = _draw(rng, ["5p", "6p", "8p", "10p"], ["20p", "25p", "30p", "40p", "50p"])
    facts = [
        _fact(rng, [("When does the exam period start?", start), ("Until when do the extended opening hours last?", end),
                    ("From what date will {n} extend its hours?", start)],
              [f"During the exam period, from {start} to {end}, {lib} will extend its opening hours.",
               f"{_cap(lib)} will be open for longer during the exam period, which runs from {start} until {end}.",
               f"From {start} to {end}, the exam period, {lib} will open for longer."]),
        _fact(rng, [("What time does the library close from Monday to Thursday?", c1), ("When does the library open on weekdays?", o1),
                    ("How late does {n} stay open from Monday to Thursday?", c1)],
              [f"From Monday to Thursday it will be open from {o1} until {c1}.",
               f"On Mondays to Thursdays the doors open at {o1} and close at {c1}.",
               f"Monday to Thursday opening hours will be {o1} to {c1}."]),
        _fact(rng, [("When does the library close on Fridays?", c2), ("What time does it open at weekends?", o3),
                    ("When does the library close on Saturdays and Sundays?", c3)],
              [f"On Fridays it closes at {c2}, and at weekends it is open from {o3} to {c3}.",
               f"At weekends the library opens from {o3} to {c3}; on Fridays it shuts at {c2}.",
               f"Friday closing time is {c2}, while weekend hours are {o3} to {c3}."]),
        _fact(rng, [("Which entrance should readers use?", door), ("How should readers get into {n}?", f"use {door}"),
                    ("Until when must readers use the other entrance?", repair_end)],
              [(f"The main entrance is closed for repairs to its steps, so please use {door} until {repair_end}.",
                [("Why is the main entrance closed?", "for repairs to its steps")]),
               (f"Until {repair_end}, please use {door}, because the main entrance is closed while the steps are repaired.",
                [("Why is the main entrance closed?", "while the steps are repaired")])]),
        _fact(rng, [("Who is the head librarian?", head), ("Who can help with printing?", it_officer),
                    (f"What is {_poss(it_officer)} job?", "IT support officer")],
              [f"Questions about borrowing should go to the head librarian, {head}; the IT support officer, {it_officer}, can help with printing.",
               f"{it_officer}, the IT support officer, can help with printing, and the head librarian, {head}, deals with questions about borrowing."]),
        _fact(rng, [("How long can laptops be borrowed for?", hours), ("Where can laptops be borrowed?", desk),
                    ("What is the charge for returning a laptop late?", f"{late_fee} per hour")],
              [f"Laptops can be borrowed for up to {hours} at a time from {desk}, and late returns cost {late_fee} per hour.",
               f"Borrow a laptop from {desk} for up to {hours}; returning it late costs {late_fee} per hour."]),
        _fact(rng, [("On which floor are the group study rooms?", floor), ("How far in advance must study rooms be booked?", advance),
                    ("How many people can a study room hold?", cap)],
              [f"Group study rooms on the {floor} floor must be booked at least {advance} in advance and hold up to {cap} people.",
               f"The group study rooms, on the {floor} floor, take up to {cap} people and must be booked {advance} ahead."]),
        _fact(rng, [("Which floor is a silent area?", floor2),
                    (f"Why must phones be switched off on the {floor2} floor?", "so that students can revise without distraction")],
              [f"The {floor2} floor is a silent area, and phones must be switched off there so that students can revise without distraction.",
               f"So that students can revise without distraction, the {floor2} floor is a silent area where phones must be switched off."
               .replace("So that students can revise without distraction, the", "To let everyone concentrate, the")
               .replace("phones must be switched off.", "phones must be switched off so that students can revise without distraction.")]),
        _fact(rng, [("How much does colour printing cost?", pc), ("What is the cost of a black-and-white page?", pb),
                    ("How much is a page of colour printing?", pc)],
              [f"Printing costs {pb} a page in black and white and {pc} in colour.",
               f"A colour page costs {pc} to print, and a black-and-white one {pb}."]),
    ]
    return _done(lib, facts)


TRIPS = [("the Jurassic Coast", "to study coastal erosion for their geography coursework", "geography"),
         ("the Natural History Museum", "to support their biology topic on evolution", "science"),
         ("Stratford-upon-Avon", "to see a performance of Macbeth, one of their set texts", "English"),
         ("Hadrian's Wall", "to support their history topic on Roman Britain", "history"),
         ("the Science Museum", "to see the space gallery as part of their physics course", "physics"),
         ("a working farm in the Peak District", "to learn how food is produced", "food technology")]


def school_trip_paragraph(rng):
    dest, purpose, dept = rng.choice(TRIPS)
    year = rng.choice(["7", "8", "9", "10", "11"])
    subject = f"the Year {year} trip to {dest}"
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    trip_date, dep_date, form_date = (f"{d} {m}" for d, m in zip(rng.sample(range(1, 29), 3), rng.sample(MONTHS, 3)))
    trip = f"{day} {trip_date}"
    style = rng.choice([0, 1, 2])
    arrive, dep, ret = _clock(7, rng.choice([30, 40, 45]), style), _clock(8, rng.choice([0, 15]), style), \
        _clock(rng.choice([16, 17, 18]), rng.choice([0, 30]), style)
    cur = rng.choice(["£", "£", "€"])
    cost, deposit, money = _draw(rng, lambda: _money(cur, rng.randrange(15, 60) * 100), lambda: _money(cur, rng.choice([5, 10, 15]) * 100),
                                 lambda: _money(cur, rng.choice([5, 8, 10, 20]) * 100))
    lead, fund_person = _people(rng, 2, full=True)
    title = rng.choice(["Ms", "Mr", "Mrs", "Dr"])
    lead = f"{title} {lead.split()[-1]}"
    role = rng.choice(["pastoral manager", "school business manager", "head of year", "family liaison officer"])
    others = rng.choice(["three", "four", "two"])
    facts = [
        _fact(rng, [("When is the trip?", trip), ("On what date will students visit " + dest + "?", trip),
                    ("Why are the students visiting " + dest + "?", purpose), ("Which year group is going on the trip?", f"Year {year}")],
              [f"Year {year} students will visit {dest} on {trip} {purpose}.",
               f"On {trip}, Year {year} will travel to {dest} {purpose}.",
               f"We are taking Year {year} to {dest} on {trip} {purpose}."]),
        _fact(rng, [("What time does the coach leave?", dep), ("When will the students be back?", ret),
                    ("Where does the coach leave from?", "the school car park")],
              [f"The coach will leave the school car park at {dep} and is expected back by {ret}.",
               f"We expect to return by {ret}; the coach departs from the school car park at {dep}."]),
        _fact(rng, [("By what time must students arrive?", arrive)],
              [(f"Students must arrive by {arrive}, as the coach cannot wait for latecomers.",
                [("Why must students arrive on time?", "as the coach cannot wait for latecomers")]),
               (f"Please make sure your child is at school by {arrive}, because the coach cannot wait for latecomers.",
                [("Why must students be at school on time?", "because the coach cannot wait for latecomers")])]),
        _fact(rng, [("How much does the trip cost?", cost), ("How much is the deposit?", deposit), ("When is the deposit due?", dep_date),
                    ("By what date must the deposit be paid?", dep_date)],
              [f"The trip costs {cost}, including entry fees, and a deposit of {deposit} is due by {dep_date}.",
               f"A deposit of {deposit} is due by {dep_date}; the full cost, including entry fees, is {cost}."]),
        _fact(rng, [("Who should families speak to about help with the cost?", fund_person), (f"What is {_poss(fund_person)} role?", role)],
              [f"Families who need help with the cost can apply to the school fund by speaking to {fund_person}, the {role}.",
               f"If the cost is a problem, please speak to our {role}, {fund_person}, about the school fund."]),
        _fact(rng, [("How much spending money may students bring?", f"no more than {money}"),
                    ("What should students wear?", "school uniform")],
              [f"Students should bring a packed lunch and a waterproof coat, wear school uniform and carry no more than {money} in spending money.",
               f"Students must wear school uniform; please send a packed lunch, a waterproof coat and no more than {money} in spending money."]),
        _fact(rng, [("Who is leading the trip?", lead), (f"Which department does {lead} run?", dept),
                    ("How many other members of staff are going?", others)],
              [f"The trip will be led by {lead}, head of {dept}, with {others} other members of staff.",
               f"{lead}, our head of {dept}, will lead the trip, supported by {others} other members of staff."]),
        _fact(rng, [("When must the consent form be returned?", form_date), ("Where should the signed consent form be taken?", "the school office")],
              [(f"Please return the signed consent form to the school office by {form_date}; students without one cannot take part.",
                [("What happens to students without a signed form?", "cannot take part")]),
               f"Signed consent forms must reach the school office by {form_date}."]),
        _fact(rng, [("Why should parents list allergies and medication on the form?", "so that staff can carry what is needed on the day"),
                    ("What should parents tell the school about on the form?", "any allergies or medication")],
              ["Please tell us about any allergies or medication on the form so that staff can carry what is needed on the day.",
               "Use the form to tell us about any allergies or medication, so that staff can carry what is needed on the day."]),
    ]
    return _done(subject, facts)


# ---------------------------------------------------------------------------- history
def great_fire_paragraph(rng):
    town = rng.choice(TOWNS)
    subject = f"the Great Fire of {town}"
    year = rng.randint(1600, 1860)
    start = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    street, street2 = _draw(rng, lambda: _street(rng), lambda: _street(rng))
    wind = rng.choice(["easterly", "westerly", "north-easterly", "southerly"])
    lasted = rng.choice(["two days", "three days", "four days", "five days", "36 hours"])
    houses, homeless = _draw(rng, lambda: str(rng.randint(40, 400)), lambda: f"{rng.randrange(500, 5000, 100):,}")
    churches, deaths = _draw(rng, ["two", "three", "four", "five"], ["six", "seven", "nine", "eleven", "twelve"])
    building = rng.choice(["town hall", "grammar school", "corn exchange", "market hall", "customs house"])
    mayor, architect, judge = _people(rng, 3)
    unveiled = str(year + rng.randint(5, 60))
    museum = rng.choice([f"the {town} Museum", "the county record office", "the town library", "St Anne's Church"])
    facts = [
        _fact(rng, [("When did {n} start?", start), ("Where did {n} begin?", f"a bakery on {street}"),
                    ("On which street did the fire break out?", street), ("In what kind of building did the fire start?", "a bakery")],
              [f"{_cap(subject)} broke out on the night of {start} in a bakery on {street}.",
               f"On the night of {start}, a fire started in a bakery on {street}; it became known as {subject}.",
               f"{_cap(subject)} began in a bakery on {street} on the night of {start}."]),
        _fact(rng, [("How long did the fire burn?", lasted), ("For how long did the fire last?", lasted),
                    ("What helped the fire to spread?", f"strong {wind} wind")],
              [f"Fanned by a strong {wind} wind, it burned for {lasted} before it was brought under control.",
               f"A strong {wind} wind spread the flames, and the fire burned for {lasted}.",
               f"It took {lasted} to bring the fire under control, as a strong {wind} wind drove it from street to street."]),
        _fact(rng, [("How many houses were destroyed?", houses), ("How many churches were lost?", churches),
                    ("Which public building burned down?", f"old {building}")],
              [f"It destroyed {houses} houses, {churches} churches and the old {building}.",
               f"By the time it was out, {houses} houses had been destroyed, along with {churches} churches and the old {building}.",
               f"The old {building}, {churches} churches and {houses} houses were lost."]),
        _fact(rng, [("Who ordered houses to be blown up?", mayor), (f"Where were houses blown up?", street2),
                    (f"Why were houses on {street2} blown up?", "to create a firebreak")],
              [f"The mayor, {mayor}, ordered soldiers to blow up houses on {street2} to create a firebreak.",
               f"Soldiers blew up houses on {street2} to create a firebreak, acting on the orders of the mayor, {mayor}.",
               f"Houses on {street2} were blown up to create a firebreak, on the orders of the mayor, {mayor}."]),
        _fact(rng, [("How many people died in the fire?", deaths), ("How many people were left homeless?", homeless),
                    ("How many people lost their homes?", homeless)],
              [f"Only {deaths} people are known to have died, but about {homeless} were left homeless.",
               f"About {homeless} people lost their homes, although only {deaths} deaths were recorded."]),
        _fact(rng, [("What did new buildings have to be made of?", "brick or stone")],
              [(f"Afterwards the council ruled that new buildings must be made of brick or stone, because timber houses had let the flames spread so quickly.",
                [("Why did new buildings have to be made of brick or stone?", "because timber houses had let the flames spread so quickly")]),
               (f"Because timber houses had let the flames spread so quickly, the council ordered that all new buildings be made of brick or stone.",
                [("What had let the flames spread so quickly?", "timber houses")])]),
        _fact(rng, [("Who designed the memorial?", architect), ("When was the memorial unveiled?", unveiled),
                    ("In what year was the memorial to the fire put up?", unveiled)],
              [f"A memorial designed by {architect} was unveiled in {unveiled} on the spot where the fire started.",
               f"In {unveiled} a memorial by {architect} was put up where the fire began."]),
        _fact(rng, [("What did the inquiry blame?", "an oven that had been left alight overnight"), ("Who led the inquiry?", judge)],
              [f"An inquiry led by {judge} blamed an oven that had been left alight overnight.",
               f"{judge}, who led the inquiry, blamed an oven that had been left alight overnight."]),
        _fact(rng, [("Where can charred timbers from the fire be seen?", museum),
                    ("Where are the remains of the fire displayed?", museum)],
              [f"Charred timbers from the fire are on display at {museum}.",
               f"Visitors can still see charred timbers from the fire at {museum}."]),
    ]
    return _done(subject, facts)


def strike_paragraph(rng):
    town = rng.choice(TOWNS)
    place, workers_word = rng.choice([("docks", "dockers"), ("cotton mill", "mill workers"), ("match factory", "match workers"),
                                      ("colliery", "miners"), ("railway works", "railwaymen")])
    subject = f"the {town} {place.split()[-1]} strike"
    year = rng.randint(1870, 1926)
    start = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    employer = rng.choice([f"the {town} {place.title()} Company", "the owners", f"the {rng.choice(lx.SURNAMES)} family"])
    cut = rng.choice(["a penny an hour", "ten per cent", "a shilling a week", "one fifth"])
    leader, home_sec, mediator = _people(rng, 3, full=True)
    job = rng.choice(["crane driver", "weaver", "foreman", "carpenter", "engine fitter"])
    yrs, weeks = _draw(rng, [f"{k} years" for k in (12, 15, 20, 22, 30)], ["six weeks", "five weeks", "eleven weeks", "three months"])
    workers, women = _draw(rng, lambda: f"{rng.randrange(800, 9000, 100):,}", lambda: str(rng.randrange(120, 700, 10)))
    demand1, demand2 = rng.sample(["a ten-hour day", "sixpence an hour", "an end to fines for lateness",
                                   "payment for overtime", "a proper meal break"], 2)
    street = _street(rng)
    source, raised = rng.choice(["a public appeal", "dockers in Australia", "the local co-operative society", "a football match"]), \
        rng.choice(["£3,000", "£900", "£1,500", "£30,000"])
    concession = rng.choice(["restore the old rates of pay", "pay overtime at time and a half", "end the fines for lateness"])
    pub, plaque = rng.choice(["the Anchor Inn", "the Three Crowns", "St Mark's Hall", "the Market Cross"]), str(year + rng.randint(60, 110))
    facts = [
        _fact(rng, [("When did {n} begin?", start), ("Who cut wages?", employer), ("By how much were wages cut?", cut)],
              [f"{_cap(subject)} began on {start}, when {employer} cut wages by {cut}.",
               f"On {start}, after {employer} cut wages by {cut}, the {workers_word} walked out.",
               f"When {employer} cut wages by {cut}, the {workers_word} went on strike; it was {start}."]),
        _fact(rng, [("Who led the strike?", leader), (f"What was {_poss(leader)} job?", job), (f"How long had {leader} worked there?", yrs)],
              [f"The strike was led by {leader}, {_a(job)} who had worked at the {place} for {yrs}.",
               f"Its leader was {leader}, {_a(job)} with {yrs} at the {place} behind them.",
               f"{leader}, {_a(job)} who had been at the {place} for {yrs}, led the strike."]),
        _fact(rng, [("How many workers walked out?", workers), ("How many women joined the strike?", women)],
              [f"Within a week, {workers} workers had walked out, including {women} women.",
               f"By the end of the first week {workers} had joined the strike, {women} of them women."]),
        _fact(rng, [("What was the strikers' main demand?", demand1), ("What else did the strikers call for?", demand2)],
              [f"Their main demand was {demand1}, but they also called for {demand2}.",
               f"Above all they wanted {demand1}; they also asked for {demand2}."]),
        _fact(rng, [("Who ordered troops into the town?", home_sec), ("What led to troops being sent in?", f"a riot on {street}")],
              [f"After a riot on {street}, the Home Secretary, {home_sec}, ordered troops into the town.",
               f"The Home Secretary, {home_sec}, sent troops into the town following a riot on {street}."]),
        _fact(rng, [("Where did money to feed the strikers' families come from?", source), ("How much was raised for the families?", raised)],
              [f"Money to feed the strikers' families came from {source}, which raised {raised}.",
               f"{raised} was raised to feed the strikers' families, much of it through {source}."]),
        _fact(rng, [("How long did the strike last?", weeks), ("Who helped to end the strike?", mediator),
                    ("What did the employers agree to?", concession)],
              [f"The strike lasted {weeks} and ended when {mediator} persuaded the employers to {concession}.",
               f"After {weeks}, {mediator} persuaded the employers to {concession}, and the strike ended."]),
        _fact(rng, [("Where did the strikers meet every morning?", pub), ("When was the plaque unveiled?", plaque)],
              [f"A plaque unveiled in {plaque} outside {pub} marks the place where the strikers met every morning.",
               f"The strikers met every morning at {pub}, where a plaque was unveiled in {plaque}."]),
    ]
    return _done(subject, facts)


# ----------------------------------------------------------------------------- health
def sleep_advice_paragraph(rng):
    screens, caffeine_end, caffeine_len, nap, nap_by, exercise, doctor = _draw(
        rng, ["an hour", "30 minutes", "at least an hour"], [_clock(14, 0, 0), "midday", _clock(15, 0, 0)],
        ["six hours", "up to eight hours", "five hours"], ["20 minutes", "30 minutes"], [_clock(15, 0, 0), _clock(16, 0, 0)],
        ["two hours", "three hours"], ["three weeks", "a month", "four weeks"])
    if caffeine_end == nap_by:
        nap_by = _clock(16, 0, 0)
    temp = rng.choice(["16 to 18°C", "16 to 19°C", "15 to 19°C"])
    expert, uni = _person(rng), rng.choice(lx.INSTITUTIONS[9:18] + lx.SHORT_UNIVERSITIES)
    pct = rng.choice(["three quarters", "two thirds", "60 per cent", "half"])
    facts = [
        _fact(rng, [("How much sleep do teenagers need?", "eight to ten hours"), ("How many hours should adults sleep?", "seven to nine hours"),
                    ("How long should teenagers sleep each night?", "eight to ten hours")],
              ["Teenagers need eight to ten hours of sleep a night, while most adults need seven to nine hours.",
               "Most adults need seven to nine hours of sleep a night, but teenagers need more: eight to ten hours.",
               "Sleep needs change with age: teenagers should get eight to ten hours a night and adults seven to nine hours."]),
        _fact(rng, [("How much sleep do children aged 6 to 12 need?", "nine to twelve hours"),
                    ("How much sleep do toddlers need?", "11 to 14 hours")],
              ["Children aged 6 to 12 need nine to twelve hours, and toddlers 11 to 14 hours including naps.",
               "Toddlers need 11 to 14 hours including naps, and children aged 6 to 12 need nine to twelve hours."]),
        _fact(rng, [("How long before bed should screens be switched off?", screens),
                    ("What is the hormone that makes us sleepy called?", "melatonin")],
              [(f"Switch off screens {screens} before bed, because their blue light delays the release of melatonin, the hormone that makes us sleepy.",
                [("Why should screens be switched off before bed?", "because their blue light delays the release of melatonin")]),
               (f"The blue light from screens delays the release of melatonin, the hormone that makes us sleepy, so switch them off {screens} before bed.",
                [("What does the blue light from screens delay?", "the release of melatonin")])]),
        _fact(rng, [("After what time should caffeine be avoided?", caffeine_end), ("How long can the effects of caffeine last?", caffeine_len)],
              [f"Avoid caffeine after {caffeine_end}, since its effects can last for {caffeine_len}.",
               f"The effects of caffeine can last for {caffeine_len}, so avoid it after {caffeine_end}."]),
        _fact(rng, [("How long should a nap last?", nap), ("Before what time should naps be taken?", nap_by),
                    ("Why should naps be short and early?", "so that they do not disturb night-time sleep")],
              [f"Keep naps to {nap} and take them before {nap_by}, so that they do not disturb night-time sleep.",
               f"So that they do not disturb night-time sleep, naps should last no more than {nap} and end before {nap_by}."
               .replace("So that they do not disturb night-time sleep, naps", "Naps")
               .replace(f"end before {nap_by}.", f"end before {nap_by} so that they do not disturb night-time sleep.")]),
        _fact(rng, [("What temperature is best for a bedroom?", temp), ("How warm should a bedroom be?", temp)],
              [(f"The bedroom should be dark, quiet and cool, ideally {temp}, because body temperature needs to drop for us to fall asleep.",
                [("Why should the bedroom be cool?", "because body temperature needs to drop for us to fall asleep")]),
               (f"A cool bedroom, ideally {temp}, helps because body temperature needs to drop for us to fall asleep.",
                [("What needs to drop for us to fall asleep?", "body temperature")])]),
        _fact(rng, [("Why should you go to bed at the same time every day?", "to keep your body clock steady"),
                    ("What does a regular bedtime keep steady?", "your body clock")],
              ["Try to go to bed and get up at the same time every day, even at weekends, to keep your body clock steady.",
               "Going to bed and getting up at the same time every day, even at weekends, helps to keep your body clock steady."
               .replace("helps to keep", "is the way to keep").replace("is the way to keep your body clock steady", "is recommended to keep your body clock steady")]),
        _fact(rng, [("After how long should poor sleep be checked by a doctor?", f"more than {doctor}"),
                    ("How long before bedtime should vigorous exercise finish?", exercise)],
              [f"Finish vigorous exercise at least {exercise} before bedtime, and see a doctor if poor sleep lasts for more than {doctor}.",
               f"See a doctor if poor sleep lasts for more than {doctor}; vigorous exercise should end at least {exercise} before bedtime."]),
        _fact(rng, [("Who is the sleep researcher quoted?", expert), (f"Where does {expert} work?", uni),
                    ("How many teenagers get less sleep than they need?", pct)],
              [f"According to {expert}, a sleep researcher at {uni}, {pct} of teenagers get less sleep than they need.",
               f"{expert}, who studies sleep at {uni}, says {pct} of teenagers get less sleep than they need."]),
    ]
    return _done("sleep", facts)


def medicine_leaflet_paragraph(rng):
    drug = rng.choice(["Dolarin", "Feverex", "Calmadol", "Paranex", "Nurocet", "Algesol"])
    uses = rng.choice(["mild to moderate pain and fever", "headaches, toothache and fever", "period pain, backache and fever"])
    child_lo, child_hi = rng.choice([(10, 15), (12, 15), (12, 16)])
    days = rng.choice(["three days", "five days", "a week"])
    store = rng.choice(["below 25°C", "below 30°C"])
    side = rng.choice(["a skin rash", "swelling of the face", "unusual bruising"])
    pack = rng.choice(["16", "32", "24"])
    facts = [
        _fact(rng, [("What is {n} used for?", uses), ("How much paracetamol is in each tablet?", "500mg"),
                    ("What is the active ingredient in {n}?", "paracetamol")],
              [f"{drug} tablets contain 500mg of paracetamol and are used to relieve {uses}.",
               f"Used to relieve {uses}, each {drug} tablet contains 500mg of paracetamol.",
               f"Each tablet of {drug} contains 500mg of paracetamol; it relieves {uses}."]),
        _fact(rng, [("How often can adults take {n}?", "every four to six hours"), ("How many tablets should an adult take at a time?", "one or two"),
                    ("From what age does the adult dose apply?", "16")],
              ["Adults and children aged 16 and over should take one or two tablets every four to six hours.",
               "For adults and children aged 16 and over, the dose is one or two tablets every four to six hours."]),
        _fact(rng, [("What is the maximum number of tablets in a day?", "eight tablets"),
                    ("How long should you leave between doses?", "at least four hours")],
              ["Do not take more than eight tablets in 24 hours, and leave at least four hours between doses.",
               "Leave at least four hours between doses, and never take more than eight tablets in 24 hours."]),
        _fact(rng, [(f"How many tablets should children aged {child_lo} to {child_hi} take?", "one tablet"),
                    ("Which children should not take {n}?", f"children under {child_lo}"),
                    ("How many times a day can a child take it?", "up to four times in 24 hours")],
              [f"Children aged {child_lo} to {child_hi} should take one tablet up to four times in 24 hours; {drug} is not suitable for children under {child_lo}.",
               f"{drug} is not suitable for children under {child_lo}, and children aged {child_lo} to {child_hi} should take one tablet up to four times in 24 hours."]),
        _fact(rng, [("What can taking too much paracetamol cause?", "serious liver damage")],
              [(f"Do not take {drug} with other medicines containing paracetamol, because taking too much can cause serious liver damage.",
                [("Why should {n} not be taken with other paracetamol products?", "because taking too much can cause serious liver damage")]),
               (f"Taking too much paracetamol can cause serious liver damage, so never take {drug} with other medicines that contain it.",
                [("What should {n} never be taken with?", "other medicines that contain it")])]),
        _fact(rng, [("After how long should someone with symptoms see a doctor?", f"more than {days}"),
                    ("Who should talk to a doctor before taking {n}?", "people with liver or kidney problems")],
              [f"Talk to a doctor if symptoms last for more than {days}; people with liver or kidney problems should ask a doctor before use.",
               f"Anyone whose symptoms last for more than {days} should see a doctor, and people with liver or kidney problems should check with one first."]),
        _fact(rng, [("Which side effect means you should stop taking the tablets?", side), ("How common are side effects?", "rare")],
              [f"Side effects are rare, but stop taking the tablets and get medical help if you develop {side}.",
               f"If you develop {side}, stop taking the tablets and get medical help, although side effects are rare."]),
        _fact(rng, [("At what temperature should {n} be stored?", store), ("How many tablets are in a pack?", pack),
                    ("Where should the tablets be kept?", "in the original pack")],
              [f"Store {store} in the original pack, out of the sight and reach of children; each pack holds {pack} tablets.",
               f"Each pack holds {pack} tablets, which should be stored {store} in the original pack, out of the sight and reach of children."]),
    ]
    return _done(drug, facts)


# --------------------------------------------------------------------------- business
STARTUPS = [("CareCircle", "helps families organise care for elderly relatives"), ("Shiftly", "matches nurses with hospital shifts"),
            ("Plotwise", "helps farmers plan what to plant"), ("Homecall", "books home visits from doctors"),
            ("Fernleaf", "sells refillable cleaning products"), ("Tutorly", "connects pupils with online tutors"),
            ("Medibook", "lets patients book appointments with pharmacists"), ("Stackd", "helps small shops manage stock")]


def acquisition_paragraph(rng):
    startup, does = rng.choice(STARTUPS)
    acquirer = rng.choice(lx.COMPANIES + ["Northwind Group", "Bluepeak Holdings", "Meridian Health", "Atlas Capital"])
    city = _city2(rng)
    price, funding, revenue = _draw(rng, lambda: rng.choice(["£", "$", "€"]) + f"{rng.randint(20, 400)} million",
                                    lambda: "£" + f"{rng.randint(2, 15)} million", lambda: "£" + f"{rng.randint(3, 19)}.{rng.randint(1, 9)} million")
    year = str(rng.randint(2012, 2021))
    surname = rng.choice(lx.SURNAMES)
    a_name, b_name = rng.sample(lx.FIRST_NAMES, 2)
    relation = rng.choice(["siblings", "cousins", "friends", "former colleagues"])
    if relation in ("siblings", "cousins"):
        founders = f"{a_name} and {b_name} {surname}"
        a_full, b_full = f"{a_name} {surname}", f"{b_name} {surname}"
    else:
        a_full, b_full = _people(rng, 2, full=True)
        founders = f"{a_full} and {b_full}"
    former = rng.choice(["nurses", "teachers", "accountants", "software engineers", "pharmacists", "paramedics"])
    users, countries, staff = _draw(rng, lambda: rng.choice(["1.2 million", "300,000", "2.5 million", "800,000", "90,000"]),
                                    lambda: _words(rng.randint(3, 20)), lambda: str(rng.randrange(40, 600, 5)))
    investor, ceo = rng.choice(["Index Ventures", "Balderton", "Atomico", "Seedcamp", "Northzone"]), _person(rng)
    date = f"{rng.choice(['the end of', 'the middle of'])} {rng.choice(MONTHS)}"
    regulator = rng.choice(["the Competition and Markets Authority", "the European Commission", "competition regulators"])
    aim = rng.choice(["to expand into home care", "to reach younger customers", "to build its own app instead of licensing one",
                      "to move into the Asian market"])
    facts = [
        _fact(rng, [("Who is buying {n}?", acquirer), ("How much is " + acquirer + " paying?", price), ("Where is {n} based?", city),
                    ("What does {n} do?", does), ("What price was agreed for {n}?", price)],
              [f"{acquirer} has agreed to buy {startup}, {_a(city)} start-up that {does}, for {price}.",
               f"{startup}, {_a(city)} start-up that {does}, is being bought by {acquirer} for {price}.",
               f"In a deal worth {price}, {acquirer} is to take over {startup}, the {city} company that {does}."]),
        _fact(rng, [("Who founded {n}?", founders), ("What did the founders of {n} do before?", former),
                    ("When was {n} founded?", year), ("In what year did the founders start {n}?", year)],
              [f"{startup} was founded in {year} by {relation} {founders}, both former {former}.",
               f"The firm was set up in {year} by {founders}, {relation} who had both worked as {former}.",
               f"{founders}, {relation} and former {former}, started {startup} in {year}."]),
        _fact(rng, [("In how many countries is {n} used?", countries), ("How many people use the app?", users),
                    ("How many users does {n} have?", users)],
              [f"Its app is used by {users} people in {countries} countries.",
               f"The app now has {users} users across {countries} countries.",
               f"Across {countries} countries, {users} people use the app."]),
        _fact(rng, [("How many people work for {n}?", staff), ("How many staff does {n} employ?", staff),
                    (f"What has {acquirer} promised the staff?", "none of them will lose their jobs")],
              [f"The company employs {staff} people, and {acquirer} has promised that none of them will lose their jobs.",
               f"{acquirer} has promised the {staff} staff that none of them will lose their jobs."]),
        _fact(rng, [("How much did {n} raise from investors?", funding), ("Who led the investment in {n}?", investor)],
              [f"Two years ago {startup} raised {funding} from investors led by {investor}.",
               f"{investor} led a {funding} investment in the company two years ago."]),
        _fact(rng, [("When is the deal expected to be completed?", date), ("Whose approval does the deal need?", regulator)],
              [f"The deal is expected to be completed by {date}, subject to approval by {regulator}.",
               f"Subject to approval by {regulator}, the purchase should be completed by {date}."]),
        _fact(rng, [(f"Who is {_poss(acquirer)} chief executive?", ceo), (f"Why is {acquirer} buying {{n}}?", aim)],
              [f"{_poss(acquirer)} chief executive, {ceo}, said the company was buying {startup} {aim}.",
               f"{ceo}, chief executive of {acquirer}, said the purchase would allow the group {aim}."]),
        _fact(rng, [("What were {n}'s sales last year?", revenue), ("How much did {n} make in sales last year?", revenue)],
              [f"{startup} made {revenue} in sales last year but has not yet turned a profit.",
               f"Last year its sales reached {revenue}, although it has yet to make a profit."]),
        _fact(rng, [("Who will stay on as managing director?", a_full), (f"Who will join {_poss(acquirer)} board?", b_full)],
              [f"{a_full} will stay on as managing director, while {b_full} will join {_poss(acquirer)} board.",
               f"After the deal, {b_full} will join the board of {acquirer} and {a_full} will remain managing director."]),
    ]
    return _done(startup, facts)


# ----------------------------------------------------------------------- music and film
BANDS = ["The Salt Road", "Harbour Lights", "Kestrel Moon", "The Low Meadows", "Northern Skies", "Paper Lanterns",
         "The Winter Orchard", "Copper Tide", "The Quiet Hours", "Glass Arcade"]
GENRES = ["folk", "indie rock", "jazz", "bluegrass", "electronic", "soul", "Celtic folk", "post-punk"]
INSTRUMENTS = [("plays the fiddle", "the fiddle", "Who plays the fiddle in {n}?"),
               ("plays the accordion", "the accordion", "Who plays the accordion in {n}?"),
               ("plays bass", "bass", "Who is the bass player in {n}?"),
               ("plays the banjo", "the banjo", "Who plays the banjo?"),
               ("plays keyboards", "keyboards", "Who plays keyboards in {n}?"),
               ("plays the cello", "the cello", "Who plays the cello?"),
               ("plays the trumpet", "the trumpet", "Who plays the trumpet in {n}?")]
ALBUMS = ["Lanterns in the Fog", "The Long Way Home", "Salt and Silver", "Northern Light", "Paper Houses",
          "Still Water", "All the Quiet Rooms", "Borrowed Time", "Small Hours", "The Weight of Rain", "Tidelines"]
LABELS = ["Rough Trade", "Domino", "Topic Records", "Warp", "Heavenly", "Bella Union", "Sub Pop", "Real World Records"]
VENUES = ["the Roundhouse", "the Barrowland Ballroom", "the Ulster Hall", "the Albert Hall", "the Corn Exchange",
          "the Apollo", "Union Chapel", "the Paradiso", "the Academy"]


def band_paragraph(rng):
    band = rng.choice(BANDS)
    genre = rng.choice(GENRES)
    city, city2 = _draw(rng, lambda: _city2(rng), lambda: _city2(rng))
    singer, player, drummer, producer = _people(rng, 4)
    plays, instrument, play_q = rng.choice(INSTRUMENTS)
    formed = rng.randint(1995, 2018)
    debut_year = str(rng.randint(formed + 1, formed + 4))
    formed = str(formed)
    alb1, alb2 = rng.sample(ALBUMS, 2)
    release = _date(rng)
    label = rng.choice(LABELS)
    venue = rng.choice(VENUES)
    dates, tour_start, release = _draw(rng, ["12", "18", "24", "30", "nine"], lambda: _date(rng), lambda: _date(rng))
    sale_day = rng.choice(["Wednesday", "Friday", "Monday", "Thursday"])
    sale_time = _clock(rng.choice([9, 10, 12]), 0, rng.choice([0, 1]))
    cur = rng.choice(["£", "$", "€"])
    price = _price(rng, cur, 18, 45, 50)
    weeks = rng.choice(["three weeks", "ten days", "a month", "six weeks"])
    studio = rng.choice(["a converted chapel", "an old farmhouse", "a former cinema", "a boathouse"])
    region = rng.choice(["Wales", "the Scottish Highlands", "Cornwall", "the west of Ireland", "Normandy", "the Black Forest"])
    school = rng.choice(["art school", "music college", "a summer camp", "university", "school"])
    facts = [
        _fact(rng, [("When were {n} formed?", formed), ("Where are {n} from?", city), ("What kind of music do {n} play?", genre),
                    ("Which city do {n} come from?", city)],
              [f"{band} are {_a(genre)} band from {city}, formed in {formed}.",
               f"Formed in {city} in {formed}, {band} play {genre}.",
               f"The {genre} band {band} got together in {city} in {formed}."]),
        _fact(rng, [(play_q, player), (f"What does {player} play?", instrument), ("Who is the drummer in {n}?", drummer),
                    ("Who sings in {n}?", singer)],
              [f"{singer} sings and plays guitar, {player} {plays} and {drummer} is on drums.",
               f"The line-up is {singer} on vocals and guitar, {drummer} on drums, and {player}, who {plays}.",
               f"{drummer} plays drums and {player} {plays}, while {singer} sings and plays guitar."]),
        _fact(rng, [("What was the title of the first album by {n}?", alb1), ("What is the new album called?", alb2),
                    ("When does the new album come out?", release), ("In what year did {n} release their debut album?", debut_year)],
              [f"Their debut album, {alb1}, came out in {debut_year}; the new one, {alb2}, is released on {release}.",
               f"{alb2}, their new album, is out on {release}, following their {debut_year} debut {alb1}.",
               f"After {alb1}, their first album in {debut_year}, the band return with {alb2} on {release}."]),
        _fact(rng, [("Which record label is releasing the new album?", label), ("Which label signed {n}?", label)],
              [f"It is their first record for {label}, which signed them after a sold-out show in {city2}.",
               f"The band signed to {label} after a sold-out show in {city2}."]),
        _fact(rng, [("How many dates does the tour have?", dates), ("Where will the tour open?", venue), ("When does the tour start?", tour_start),
                    ("At which venue does the tour open?", venue)],
              [f"The tour, which has {dates} dates, opens at {venue} on {tour_start}.",
               f"A tour of {dates} dates begins at {venue} on {tour_start}."]),
        _fact(rng, [("When do tickets go on sale?", f"{sale_day} at {sale_time}"), ("How much are tickets?", price),
                    ("What do tickets for the tour cost?", price)],
              [f"Tickets, priced at {price}, go on sale on {sale_day} at {sale_time}.",
               f"Tickets go on sale on {sale_day} at {sale_time} and cost {price}."]),
        _fact(rng, [("Who produced the new album?", producer), ("How long did recording take?", weeks),
                    ("Where was the album recorded?", f"{studio} in {region}")],
              [f"The album was recorded in {weeks} at {studio} in {region}, with {producer} producing.",
               f"{producer} produced the record, which took {weeks} to make at {studio} in {region}."]),
        _fact(rng, [(f"Where did {singer} and {player} meet?", school), ("Which two members of {n} met first?", f"{singer} and {player}")],
              [f"{singer} and {player} met at {school}, where they played in the same band.",
               f"The band began when {singer} and {player} met at {school}."]),
    ]
    return _done(band, facts)


FILMS = ["The Long Harbour", "Salt and Iron", "The Glass Orchard", "The Last Lighthouse", "Paper Birds", "Quiet Water",
         "The Cartographer's Daughter", "A House by the Sea", "Winter Crossing", "The Silent Valley"]
FILM_GENRES = ["period drama", "thriller", "romantic comedy", "war film", "family adventure", "science-fiction film"]
FESTIVALS = ["the Venice Film Festival", "the Toronto International Film Festival", "Sundance", "the Berlin Film Festival",
             "the London Film Festival", "the Edinburgh Film Festival"]


def film_paragraph(rng):
    title = rng.choice(FILMS)
    genre = rng.choice(FILM_GENRES)
    director, author, actor1, actor2, composer = _people(rng, 5, full=True)
    novel_year = str(rng.randint(1920, 2015))
    role1, role2 = _draw(rng, *[lambda: rng.choice([f for f in lx.FIRST_NAMES if f not in director + author + actor1 + actor2 + composer])] * 2)
    job1, job2 = rng.sample(["lighthouse keeper", "ship's doctor", "schoolteacher", "mapmaker", "detective", "farmer", "journalist"], 2)
    weeks = rng.choice(["eleven weeks", "three months", "14 weeks", "six weeks"])
    loc1, loc2 = rng.sample(["Iceland", "the Isle of Skye", "Malta", "Northern Ireland", "New Zealand", "Morocco", "Croatia"], 2)
    budget, opening = _draw(rng, lambda: f"${rng.randint(8, 90)} million", lambda: f"${rng.randint(2, 30)}.{rng.randint(1, 9)} million")
    runtime = _mins(rng.randint(95, 165))
    fest1, fest2 = rng.sample(FESTIVALS, 2)
    premiere, release = _draw(rng, lambda: _date(rng), lambda: _date(rng))
    reason = rng.choice(["the original felt too bleak for cinema audiences", "test audiences found it confusing",
                         "the author asked for a more hopeful finish"])
    cert, why_cert = rng.choice([("12A", "moderate violence"), ("15", "strong language"), ("PG", "mild threat"),
                                 ("PG-13", "some frightening scenes")])
    facts = [
        _fact(rng, [("Who directed {n}?", director), ("Who wrote the novel that {n} is based on?", author),
                    ("When was the novel first published?", novel_year), ("What kind of film is {n}?", genre)],
              [f"{title} is a {genre} directed by {director}, based on the {novel_year} novel by {author}.",
               f"Directed by {director}, the {genre} {title} is adapted from {_poss(author)} {novel_year} novel.",
               f"{director} has turned {_poss(author)} novel of {novel_year} into {title}, a {genre}."]),
        _fact(rng, [(f"Who plays {role1}?", actor1), (f"What is {_poss(role1)} job?", job1), (f"Which character does {actor2} play?", role2),
                    (f"Who plays {role2}?", actor2)],
              [f"{actor1} stars as {role1}, {_a(job1)}, opposite {actor2} as {role2}, {_a(job2)}.",
               f"{actor2} plays {role2}, {_a(job2)}, and {actor1} takes the lead role of {role1}, {_a(job1)}."]),
        _fact(rng, [("How long did filming take?", weeks), ("Where was {n} filmed?", f"{loc1} and {loc2}")],
              [f"It was filmed over {weeks} in {loc1} and {loc2}.",
               f"Shooting took {weeks}, on location in {loc1} and {loc2}."]),
        _fact(rng, [("What was the budget of {n}?", budget), ("How much did {n} take in its opening weekend?", opening),
                    ("How much did {n} cost to make?", budget)],
              [f"Made on a budget of {budget}, it took {opening} in its opening weekend.",
               f"The film, which cost {budget} to make, earned {opening} in its first weekend."]),
        _fact(rng, [("How long is {n}?", runtime), ("What is the running time of {n}?", runtime), ("Who wrote the music for {n}?", composer)],
              [f"The film runs for {runtime}, and its score was written by {composer}.",
               f"{composer} wrote the score for the film, which lasts {runtime}."]),
        _fact(rng, [("Where did {n} premiere?", fest1), ("When does {n} open in cinemas?", release), ("On what date was the premiere?", premiere)],
              [f"It premiered at {fest1} on {premiere} and opens in cinemas on {release}.",
               f"After its premiere at {fest1} on {premiere}, it reaches cinemas on {release}."]),
        _fact(rng, [(f"What prize did {actor2} win?", "best supporting performance"), (f"Where did {actor2} win a prize?", fest2)],
              [f"{actor2} won the prize for best supporting performance at {fest2}.",
               f"At {fest2}, {actor2} was named winner of the prize for best supporting performance."]),
        _fact(rng, [(f"Why did {director} change the ending?", f"because {reason}")],
              [(f"{director} changed the ending of the book because {reason}.", [(f"What did {director} change?", "the ending of the book")]),
               (f"The ending of the novel was changed by {director} because {reason}.",
                [(f"What was changed by {director}?", "The ending of the novel")])]),
        _fact(rng, [("What certificate has {n} been given?", cert), ("Why was {n} given its rating?", f"for {why_cert}")],
              [f"It has been rated {cert} for {why_cert}.", f"The film carries a {cert} certificate for {why_cert}."]),
    ]
    return _done(title, facts)


# ---------------------------------------------------------------------------- travel
PARKS = ["Glenmoor", "Kalava", "Redstone Canyon", "Silver Lakes", "Thornwood", "Ardenvale", "Black Ridge", "Lake Orrin"]
LANDSCAPES = ["moorland and pine forest", "limestone gorges and beech woods", "lakes and granite peaks", "coastal cliffs and heath",
              "high desert and canyons", "wetlands and river valleys"]
SEASONS = [("late spring", "the wildflowers are out"), ("September", "the summer crowds have gone"),
           ("early autumn", "the forests turn red and gold"), ("midsummer", "the high passes are free of snow"),
           ("February", "the snow is firm enough for ski touring")]
WILDLIFE = ["red deer", "golden eagles", "otters", "wild boar", "pine martens", "ospreys", "lynx", "beavers", "black bears", "elk"]


def national_park_paragraph(rng):
    park = rng.choice(PARKS)
    subject = f"{park} National Park"
    area, height, dist = _draw(rng, lambda: f"{rng.randrange(300, 4000, 10):,} square kilometres",
                               lambda: f"{rng.randrange(900, 3500):,} metres", lambda: f"{rng.randint(3, 40)} kilometres")
    landscape = rng.choice(LANDSCAPES)
    year = str(rng.randint(1920, 2010))
    mountain = rng.choice(["Mount " + rng.choice(lx.SURNAMES), "Ben " + rng.choice(["Aird", "Vane", "Crom", "More"]),
                           rng.choice(["Grey", "Raven", "Eagle", "Storm"]) + " Peak"])
    climb, bus_time = _draw(rng, ["five hours", "six hours", "seven hours", "a full day"], ["40 minutes", "an hour", "90 minutes", "25 minutes"])
    season, why = rng.choice(SEASONS)
    cur = rng.choice(["£", "$", "€"])
    car, walk, free_age = _draw(rng, lambda: _price(rng, cur, 8, 30, 100), lambda: _price(rng, cur, 2, 7, 50), ["12", "16", "five", "six"])
    town = rng.choice(TOWNS)
    freq = rng.choice(["every hour", "three times a day", "every two hours", "twice a day"])
    a1, a2, a3 = rng.sample(WILDLIFE, 3)
    sites = rng.choice(["four", "six", "eleven", "three"])
    site = rng.choice(["the park's website", "the visitor centre", "parks.example.org"])
    advance = rng.choice(["two weeks", "a month", "48 hours"])
    m1, m2 = rng.choice([("1 March", "31 July"), ("1 April", "15 August"), ("15 March", "30 June")])
    style = rng.choice([0, 1])
    vc_open, vc_close = _clock(9, rng.choice([0, 30]), style), _clock(rng.choice([16, 17, 18]), 0, style)
    facts = [
        _fact(rng, [("How big is {n}?", area), ("What area does {n} cover?", area), ("When was {n} established?", year),
                    ("What kind of landscape does {n} protect?", landscape)],
              [f"{subject} covers {area} of {landscape} and was established in {year}.",
               f"Established in {year}, {subject} protects {area} of {landscape}.",
               f"Created in {year}, {subject} takes in {area} of {landscape}."]),
        _fact(rng, [("What is the highest mountain in {n}?", mountain), (f"How high is {mountain}?", height),
                    (f"How long does it take to climb {mountain}?", climb), ("What is the name of the park's highest peak?", mountain)],
              [f"Its highest peak, {mountain}, rises to {height}, and the climb to the summit takes about {climb}.",
               f"The climb to the top of {mountain}, at {height} the park's highest peak, takes about {climb}.",
               f"At {height}, {mountain} is the highest point in the park; allow {climb} for the ascent."]),
        _fact(rng, [("When is the best time to visit {n}?", season)],
              [(f"The best time to visit is {season}, when {why}.", [(f"Why is {season} a good time to visit?", why)]),
               (f"Many regulars say {season} is the best time to visit, because {why}.",
                [(f"Why is {season} recommended?", f"because {why}")])]),
        _fact(rng, [("How much does it cost to enter by car?", car), ("What do walkers and cyclists pay?", walk),
                    ("Up to what age do children get in free?", free_age)],
              [f"Entry costs {car} per car or {walk} per person on foot or by bike, and children under {free_age} go free.",
               f"Walkers and cyclists pay {walk}, cars {car}, and children under {free_age} enter free."]),
        _fact(rng, [("What is the nearest town to {n}?", town), (f"How far is {town} from the main gate?", dist),
                    ("How long does the bus from " + town + " take?", bus_time), ("How often do buses run to the park in summer?", freq)],
              [f"The nearest town is {town}, {dist} from the main gate; in summer buses run from there {freq} and take {bus_time}.",
               f"Buses from {town}, the nearest town, run {freq} in summer, taking {bus_time} to cover the {dist} to the main gate."]),
        _fact(rng, [("Which animal are visitors lucky to see?", a3), ("Which animal is hardest to spot in {n}?", a3)],
              [(f"Visitors often see {a1} and {a2}, and the lucky ones spot {a3}.",
                [("Which animals do visitors often see?", f"{a1} and {a2}")]),
               f"{_cap(a1)} and {a2} are common, but you need luck to see {a3}."]),
        _fact(rng, [("How many campsites are there in {n}?", sites), ("Where must campsites be booked?", site),
                    ("How far ahead must campsites be booked?", advance)],
              [f"There are {sites} campsites, which must be booked through {site} at least {advance} ahead.",
               f"The park's {sites} campsites must be booked at least {advance} in advance through {site}."]),
        _fact(rng, [("Why must dogs be kept on a lead?", "to protect ground-nesting birds"),
                    ("From what date must dogs be kept on a lead?", m1), ("Until when must dogs be kept on a lead?", m2)],
              [f"Dogs must be kept on a lead between {m1} and {m2} to protect ground-nesting birds.",
               f"To protect ground-nesting birds, dogs must be on a lead from {m1} until {m2}."
               .replace("To protect ground-nesting birds, dogs must be on a lead", "Dogs must be on a lead")
               .replace(f"until {m2}.", f"until {m2} to protect ground-nesting birds.")]),
        _fact(rng, [("When does the visitor centre open?", vc_open), ("What time does the visitor centre close?", vc_close)],
              [f"The visitor centre is open daily from {vc_open} to {vc_close}.",
               f"The visitor centre opens at {vc_open} and closes at {vc_close} every day."]),
    ]
    return _done(subject, facts)


# ------------------------------------------------------------------------- community
GARDEN_ITEMS = [("a greenhouse", "so that seedlings can be grown through the winter"),
                ("a rainwater tank", "because the site has no mains water supply"),
                ("raised beds", "so that wheelchair users can garden too"),
                ("a tool shed", "because tools had been stolen twice"),
                ("a polytunnel", "so that tomatoes and chillies can be grown"),
                ("a composting toilet", "so that volunteers can stay all day")]


def community_garden_paragraph(rng):
    name = rng.choice(["Riverside", "Orchard Lane", "Hope Street", "Bramley Road", "St Anne's", "Westfield", "Canal Side"])
    subject = f"the {name} Community Garden"
    street = _street(rng)
    town = rng.choice(TOWNS)
    grant = f"£{rng.randrange(2000, 40000, 500):,}"
    fund = rng.choice(["the National Lottery Community Fund", "the town council", "a local housing association", "the Postcode Lottery"])
    (item1, why1), (item2, _), (item3, _) = rng.sample(GARDEN_ITEMS, 3)
    leader, opener = _people(rng, 2, full=True)
    job = rng.choice(["teacher", "nurse", "bus driver", "engineer", "postwoman", "head gardener"])
    year = str(rng.randint(2005, 2021))
    vol, kg, plots, wait, fee = _draw(rng, lambda: str(rng.randint(15, 80)), lambda: f"{rng.randrange(200, 2500, 50):,} kilograms",
                                      lambda: _words(rng.randint(12, 40)), lambda: str(rng.randint(10, 90)),
                                      lambda: f"£{rng.choice([10, 15, 20, 25, 30])}")
    day = rng.choice(["Saturday", "Sunday", "Wednesday"])
    style = rng.choice([0, 1])
    t1, t2 = _clock(rng.choice([9, 10]), 0, style), _clock(rng.choice([12, 13]), 0, style)
    foodbank = rng.choice([f"the {town} food bank", "a local homeless shelter", "the community kitchen"])
    open_day = _date(rng)
    school = rng.choice(["Oakfield Primary School", "St Mary's Primary", "Brook Lane Academy", "Hillside Junior School"])
    facts = [
        _fact(rng, [("How much was the grant?", grant), ("Which fund gave the grant?", fund), ("Where is {n}?", street),
                    ("How much money did {n} receive?", grant)],
              [f"{_cap(subject)} on {street} has received a grant of {grant} from {fund}.",
               f"A grant of {grant} from {fund} has been awarded to {subject} on {street}.",
               f"The garden, {subject} on {street}, has been given {grant} by {fund}."]),
        _fact(rng, [("What did the grant pay for?", f"{item1} and {item2}"), ("What will the rest of the money be spent on?", item3),
                    ("What will the remaining money go on?", item3)],
              [f"The money has paid for {item1} and {item2}, and the rest will go on {item3}.",
               f"So far the grant has bought {item1} and {item2}; the remainder will be spent on {item3}."]),
        _fact(rng, [(f"Why was {item1} needed?", why1), ("What did the volunteers want most?", item1)],
              [f"Top of the volunteers' list was {item1}, {why1}.", f"The volunteers most wanted {item1} {why1}."]),
        _fact(rng, [("Who leads the project?", leader), (f"What did {leader} do before retiring?", job),
                    ("When was the project started?", year), ("What was the site before the garden?", "a patch of waste ground")],
              [f"The project is led by {leader}, a retired {job}, who started it in {year} on a patch of waste ground.",
               f"{leader}, a retired {job}, set up the garden in {year} on what was a patch of waste ground, and still leads it."]),
        _fact(rng, [("How many volunteers work at {n}?", vol), ("On which day do most volunteers come?", day),
                    ("What time do volunteer sessions finish?", t2), ("When do volunteer sessions start?", t1)],
              [f"About {vol} volunteers now work there, most of them on {day} mornings from {t1} to {t2}.",
               f"Most of the {vol} volunteers come on {day} mornings, between {t1} and {t2}."]),
        _fact(rng, [("How much produce did the garden give away last year?", kg), ("Who received the vegetables?", foodbank)],
              [f"Last year the garden gave {kg} of vegetables to {foodbank}.",
               f"Last year {kg} of vegetables from the garden went to {foodbank}."]),
        _fact(rng, [("When is the open day?", open_day), ("Who will officially open the open day?", opener)],
              [f"An open day on {open_day} will be opened by the local MP, {opener}.",
               f"The local MP, {opener}, will open the garden's open day on {open_day}."]),
        _fact(rng, [("How many plots are rented to local families?", plots), ("How much does a plot cost per year?", fee),
                    ("How many families are on the waiting list?", wait)],
              [f"The garden rents {plots} plots to local families for {fee} a year, and {wait} more families are on the waiting list.",
               f"Local families rent {plots} plots for {fee} a year, with another {wait} on the waiting list."]),
        _fact(rng, [("Which school's pupils visit the garden?", school), ("Why do pupils visit the garden?", "to learn how to grow food")],
              [f"Pupils from {school} visit every week to learn how to grow food.",
               f"Every week, children from {school} come to learn how to grow food."]),
    ]
    return _done(subject, facts)


# ------------------------------------------------------------------------- extra domains
def weather_paragraph(rng):
    region = rng.choice(["the south-west", "Wales", "northern England", "the Highlands", "East Anglia", "Northern Ireland", "the Midlands"])
    subject = f"the weekend weather in {region}"
    hi_sat, low, hi_mon = _draw(rng, lambda: f"{rng.randint(12, 24)}°C", lambda: f"{rng.randint(-3, 5)}°C", lambda: f"{rng.randint(6, 11)}°C")
    places = rng.choice(["sheltered valleys", "rural areas", "the hills", "inland areas"])
    style = rng.choice([0, 1])
    rain_t, w_start, w_end = _clock(rng.choice([9, 10, 11, 13]), 0, style), _clock(rng.choice([14, 15, 16]), 0, style), \
        _clock(rng.choice([6, 9, 12]), 0, style)
    rain_t, w_start, w_end = _draw(rng, lambda: _clock(rng.choice([9, 10, 11, 13]), 0, style), lambda: _clock(rng.choice([14, 15, 16]), 0, style),
                                   lambda: _clock(rng.choice([6, 9, 12]), 0, style))
    mm, gust = _draw(rng, [f"{k}mm" for k in (20, 30, 40, 50)], [f"{k} mph" for k in (45, 55, 60, 70)])
    road = rng.choice(["the M5", "the A9", "the A55", "the M6", "coastal roads", "the A1"])
    sunrise, sunset = _clock(rng.choice([6, 7]), rng.choice([2, 14, 27, 41]), style), _clock(rng.choice([18, 19, 20]), rng.choice([5, 22, 38, 51]), style)
    pollen, uv = _draw(rng, ["high", "moderate", "very high"], ["low", "moderate"])
    forecaster = _person(rng)
    facts = [
        _fact(rng, [("What is the highest temperature expected on Saturday?", hi_sat), ("How warm will it get on Saturday?", hi_sat)],
              [f"{_cap(region)} can expect a dry, bright start to the weekend on Saturday, with highs of {hi_sat}.",
               f"Saturday will be dry and bright across {region}, with temperatures reaching {hi_sat}."]),
        _fact(rng, [("How cold will it get on Saturday night?", low), ("Where is frost likely?", places),
                    ("What is the overnight low?", low)],
              [f"Temperatures will fall to {low} overnight, with frost likely in {places}.",
               f"Frost is likely in {places} on Saturday night, as temperatures drop to {low}."]),
        _fact(rng, [("When will the rain arrive on Sunday?", rain_t), ("How much rain could fall on high ground?", mm)],
              [f"Heavy rain will arrive from the west by {rain_t} on Sunday, bringing up to {mm} to high ground.",
               f"Up to {mm} of rain could fall on high ground after heavy rain arrives from the west by {rain_t} on Sunday."]),
        _fact(rng, [("How strong could the gusts be?", gust), ("Where will the strongest gusts be?", "exposed coasts")],
              [f"Winds will strengthen during the afternoon, with gusts of up to {gust} on exposed coasts.",
               f"Gusts could reach {gust} on exposed coasts as the wind picks up in the afternoon."]),
        _fact(rng, [("What kind of warning has been issued?", "yellow warning for wind"), ("When does the warning begin?", w_start),
                    ("When does the wind warning end?", w_end)],
              [f"The Met Office has issued a yellow warning for wind from {w_start} on Sunday until {w_end} on Monday.",
               f"A yellow warning for wind is in force from {w_start} on Sunday until {w_end} on Monday."]),
        _fact(rng, [(f"Why should drivers take care on {road}?", "because spray and standing water will reduce visibility"),
                    ("What will reduce visibility for drivers?", "spray and standing water")],
              [f"Drivers are advised to take care on {road} because spray and standing water will reduce visibility.",
               f"Police have asked drivers to slow down on {road} because spray and standing water will reduce visibility."]),
        _fact(rng, [("What will the maximum temperature be on Monday?", hi_mon), ("How warm will Monday be?", hi_mon)],
              [f"Monday will be brighter but colder, with highs of only {hi_mon}.",
               f"Brighter but colder weather follows on Monday, when temperatures will struggle to reach {hi_mon}."]),
        _fact(rng, [("What time is sunrise on Sunday?", sunrise), ("When does the sun set on Sunday?", sunset)],
              [f"On Sunday the sun rises at {sunrise} and sets at {sunset}.", f"Sunrise on Sunday is at {sunrise} and sunset at {sunset}."]),
        _fact(rng, [("What will the pollen levels be?", pollen), ("How high will the UV index be?", uv), ("Who presented the forecast?", forecaster)],
              [f"Pollen levels will be {pollen} and the UV index {uv}, according to forecaster {forecaster}.",
               f"Forecaster {forecaster} said pollen levels would be {pollen}, with a {uv} UV index."]),
    ]
    return _done(subject, facts)


def court_case_paragraph(rng):
    defendant, judge, prosecutor, defence, discoverer = _people(rng, 5, full=True)
    short = defendant.split()[-1]

    town = rng.choice(TOWNS)
    court = rng.choice([f"{town} Crown Court", f"{town} Magistrates' Court", "the Old Bailey", f"{town} Crown Court"])
    victim, role = rng.choice([("the charity shop where they volunteered", "shop manager"), ("a local football club", "club treasurer"),
                               ("the parish council", "parish clerk"), ("their employer, a building firm", "finance director")])
    stolen_n = rng.randrange(8000, 250000, 500)
    stolen, comp, age = _draw(rng, [f"£{stolen_n:,}"], lambda: f"£{rng.randrange(1000, stolen_n, 500):,}",
                              lambda: str(rng.randint(24, 67)))
    period, y1 = rng.choice(["three years", "18 months", "four years", "two years"]), str(rng.randint(2012, 2021))
    term, susp, hours, within, ban_len = _draw(rng, ["18 months", "two years", "20 months", "nine months"], ["two years", "18 months", "one year"],
                                               [f"{k} hours" for k in (120, 150, 200, 240)], ["28 days", "three months", "six months"],
                                               ["five years", "seven years", "ten years"])
    spent = rng.choice(["holidays and a new car", "online gambling", "home improvements", "designer clothes"])
    mitig = rng.choice(["struggling with gambling debts", "caring for a sick parent", "deeply ashamed"])
    ban = rng.choice(["acting as a company director", "handling money for any charity", "holding public office"])
    clue = rng.choice(["cash withdrawals that did not match any receipts", "payments to an unknown account", "missing takings from the till"])
    facts = [
        _fact(rng, [("How old is {n}?", age), ("Where was {n} sentenced?", court), ("How much did {n} steal?", stolen),
                    ("Who did {n} steal from?", victim)],
              [f"{defendant}, {age}, was sentenced at {court} on Friday for stealing {stolen} from {victim}.",
               f"At {court} on Friday, {defendant}, {age}, was sentenced for stealing {stolen} from {victim}."]),
        _fact(rng, [("Over what period did the thefts take place?", period), ("In what year did the thefts begin?", y1)],
              [f"The court heard that the thefts took place over {period}, starting in {y1}.",
               f"Beginning in {y1}, the thefts went on for {period}, the court heard."]),
        _fact(rng, [("Who was the judge?", judge), ("How long was the prison sentence?", term), ("For how long was the sentence suspended?", susp),
                    ("How many hours of unpaid work must {n} do?", hours)],
              [f"Judge {judge} gave {short} a prison sentence of {term}, suspended for {susp}, and ordered {hours} of unpaid work.",
               f"{short} received {term} in prison, suspended for {susp}, plus {hours} of unpaid work, from Judge {judge}."]),
        _fact(rng, [("How much compensation must be paid?", comp), ("Within what time must the compensation be paid?", within)],
              [f"{short} must also repay {comp} in compensation within {within}.",
               f"A compensation order of {comp} was made, to be paid within {within}."]),
        _fact(rng, [("Why was the sentence suspended?", f"because {short} had pleaded guilty at the first opportunity"),
                    ("When did {n} plead guilty?", "at the first opportunity")],
              [f"The judge said the sentence was suspended because {short} had pleaded guilty at the first opportunity.",
               f"The sentence was suspended because {short} had pleaded guilty at the first opportunity, the judge explained."]),
        _fact(rng, [("Who prosecuted the case?", prosecutor), ("What was the stolen money spent on?", spent)],
              [f"Prosecuting, {prosecutor} said the money had been spent on {spent}.",
               f"The money went on {spent}, according to {prosecutor}, prosecuting."]),
        _fact(rng, [("Who defended {n}?", defence), ("What did the defence say about {n}?", f"had been {mitig}")],
              [f"{defence}, defending, told the court that {short} had been {mitig}.",
               f"Defending, {defence} said {short} had been {mitig}."]),
        _fact(rng, [("Who discovered the thefts?", discoverer), (f"What did {discoverer} notice?", clue), (f"What is {_poss(discoverer)} job?", role)],
              [f"The thefts came to light when {discoverer}, the {role}, noticed {clue}.",
               f"{discoverer}, the {role}, uncovered the thefts after noticing {clue}."]),
        _fact(rng, [("What is {n} banned from?", ban), ("How long does the ban last?", ban_len)],
              [f"{short} is also banned from {ban} for {ban_len}.", f"A ban of {ban_len} from {ban} was also imposed."]),
    ]
    return _done(defendant, facts)


MENUS = [("Italian", ["burrata with peaches", "fried courgette flowers"], "slow-cooked beef ragu", "lemon tart"),
         ("Nigerian", ["pepper soup", "suya skewers"], "goat curry", "puff-puff with honey"),
         ("Korean", ["kimchi pancakes", "fried chicken wings"], "braised short ribs", "sesame ice cream"),
         ("Lebanese", ["baba ganoush", "lamb kibbeh"], "slow-roast lamb shoulder", "orange blossom pudding"),
         ("Mexican", ["fish tacos", "elote"], "pork carnitas", "churros with chocolate"),
         ("Indian", ["onion bhajis", "paneer tikka"], "lamb nihari", "pistachio kulfi")]


def restaurant_paragraph(rng):
    name = rng.choice(["The Copper Kettle", "Saffron", "Olive & Vine", "The Salt House", "Lotus Garden", "Casa Lucia",
                       "The Harbour Kitchen", "Ember", "Juniper"])
    cuisine, (st1, st2), main, dessert = rng.choice(MENUS)
    chef, reviewer = _people(rng, 2, full=True)
    street = _street(rng)
    opened = rng.choice(MONTHS)
    prev, city = rng.choice(["the Ritz", "a Michelin-starred restaurant", "a hotel kitchen", "a street-food stall"]), _city2(rng)
    yrs = f"{rng.randint(3, 14)} years"
    cur = rng.choice(["£", "£", "€", "$"])
    p1, p2, p3, p4, total = _draw(rng, lambda: _price(rng, cur, 6, 9, 50), lambda: _price(rng, cur, 7, 11, 50),
                                  lambda: _price(rng, cur, 16, 28, 50), lambda: _price(rng, cur, 5, 8, 50), lambda: _price(rng, cur, 70, 140, 100))
    hrs, wait = _draw(rng, ["six hours", "eight hours", "12 hours"], ["40 minutes", "half an hour", "25 minutes"])
    style = rng.choice([0, 1])
    o_t, c_t = _clock(rng.choice([12, 17, 18]), 0, style), _clock(rng.choice([22, 23]), 0, style)
    seats, stars = _draw(rng, ["28", "32", "40", "24"], ["four", "three", "five"])
    facts = [
        _fact(rng, [("What kind of food does {n} serve?", cuisine), ("Who is the chef at {n}?", chef), ("When did {n} open?", opened),
                    ("On which street is {n}?", street)],
              [f"{name}, which opened on {street} in {opened}, serves {cuisine} food and is run by chef {chef}.",
               f"Chef {chef} opened {name}, {_a(cuisine)} restaurant on {street}, in {opened}."]),
        _fact(rng, [(f"Where did {chef} cook before?", prev), (f"How long did {chef} work there?", yrs), (f"In which city did {chef} work before?", city)],
              [f"{chef} previously cooked at {prev} in {city} for {yrs}.", f"Before this, {chef} spent {yrs} at {prev} in {city}."]),
        _fact(rng, [(f"What is the price of the {st1}?", p1), (f"How much do you pay for the {st2}?", p2)],
              [f"Starters include {st1} at {p1} and {st2} at {p2}.", f"Among the starters, {st2} ({p2}) and {st1} ({p1}) stood out."]),
        _fact(rng, [("What is the best dish on the menu?", main), (f"How long is the {main} cooked for?", hrs),
                    (f"How much is the {main}?", p3), (f"Why is the {main} cooked so slowly?", "so that the meat falls apart")],
              [f"The star of the menu is the {main} ({p3}), cooked for {hrs} so that the meat falls apart.",
               f"Best of all was the {main}, which costs {p3} and is cooked for {hrs} so that the meat falls apart."]),
        _fact(rng, [("Which dessert was the highlight?", dessert), (f"How much does the {dessert} cost?", p4)],
              [f"For dessert, the {dessert} ({p4}) was the highlight.", f"The {dessert}, at {p4}, was the pick of the desserts."]),
        _fact(rng, [("How long did the reviewer wait for the main courses?", wait), ("What was the service like?", "friendly")],
              [f"Service was friendly, although we waited {wait} for our mains.",
               f"We waited {wait} for our main courses, but the service was friendly."]),
        _fact(rng, [("What time does {n} close?", c_t), ("On which days is {n} closed?", "Sundays and Mondays"), ("When does {n} open?", o_t)],
              [f"It is open from {o_t} to {c_t}, Tuesday to Saturday, and closed on Sundays and Mondays.",
               f"Closed on Sundays and Mondays, it opens from {o_t} until {c_t} the rest of the week."]),
        _fact(rng, [("How many seats does {n} have?", seats)],
              [(f"Booking is essential at weekends, as there are only {seats} seats.",
                [("Why is booking essential at weekends?", f"as there are only {seats} seats")]),
               (f"With only {seats} seats, it fills up fast, so book ahead at weekends.",
                [("Why should you book ahead at weekends?", "it fills up fast")])]),
        _fact(rng, [("What rating did {n} get?", f"{stars} out of five"), ("How much did dinner for two cost?", total),
                    ("Who reviewed {n}?", reviewer)],
              [f"{reviewer} gave it {stars} out of five; dinner for two with wine cost {total}.",
               f"Dinner for two with wine came to {total}, and {reviewer} rated it {stars} out of five."]),
    ]
    return _done(name, facts)


STUDIES = [("a daily 30-minute walk", "heart disease", "walked for 30 minutes a day", "kept to their usual routine"),
           ("a Mediterranean diet", "type 2 diabetes", "ate a Mediterranean diet", "were given general healthy-eating advice"),
           ("a memory-training app", "dementia", "used a memory-training app", "played ordinary puzzle games"),
           ("a low-dose vitamin D tablet", "winter colds", "took a vitamin D tablet", "took a dummy pill"),
           ("a weekly dance class", "falls", "went to a weekly dance class", "were given a leaflet on exercise")]


def medical_study_paragraph(rng):
    intervention, outcome, did, control = rng.choice(STUDIES)
    subject = f"the study of {intervention}"
    k, pct, se_pct, k2 = _draw(rng, lambda: f"{rng.randrange(400, 12000, 50):,}", lambda: f"{rng.randint(12, 45)} per cent",
                               lambda: f"{rng.randint(2, 9)} per cent", lambda: f"{rng.randrange(15000, 60000, 1000):,}")
    a1, a2 = rng.choice([(40, 65), (50, 75), (60, 85), (18, 40)])
    years = rng.choice(["five years", "two years", "eight years", "18 months"])
    lead, expert = _people(rng, 2, full=True)
    field = rng.choice(["public health", "epidemiology", "medicine", "nutrition", "psychology"])
    uni = rng.choice(lx.INSTITUTIONS[9:18] + lx.SHORT_UNIVERSITIES)
    journal = rng.choice(["The Lancet", "the BMJ", "JAMA", "Nature Medicine", "the New England Journal of Medicine"])
    date = _date(rng)
    funder, amount = rng.choice(["the Wellcome Trust", "the Medical Research Council", "a national health charity", "the European Union"]), \
        rng.choice(["£2.4 million", "£800,000", "€1.5 million", "$3 million"])
    reason = rng.choice(["most participants came from a single city", "participants reported their own habits",
                         "the study lasted only a few years", "few participants were over 80"])
    side = rng.choice(["mild headaches", "sore muscles", "tiredness", "an upset stomach"])
    countries, start_year = rng.choice(["six", "eleven", "four", "nine"]), str(rng.randint(2025, 2028))
    facts = [
        _fact(rng, [("How many people took part in {n}?", k), ("By how much was the risk cut?", pct),
                    ("How old were the participants?", f"{a1} to {a2}"), (f"Which condition did {intervention} reduce the risk of?", outcome)],
              [f"A study of {k} adults aged {a1} to {a2} has found that {intervention} cut the risk of {outcome} by {pct}.",
               f"Researchers who followed {k} adults aged {a1} to {a2} found that {intervention} lowered the risk of {outcome} by {pct}."]),
        _fact(rng, [("How long were participants followed?", years), ("What did the comparison group do?", control),
                    ("For how long did the study run?", years)],
              [f"Over {years}, half the participants {did}, while the rest {control}.",
               f"For {years}, one group {did} and the other {control}."]),
        _fact(rng, [("Who led the research?", lead), (f"Where does {lead} work?", uni), (f"What subject is {lead} a professor of?", field)],
              [f"The research was led by {lead}, a professor of {field} at {uni}.",
               f"{lead}, professor of {field} at {uni}, led the research."]),
        _fact(rng, [("Which journal published the results?", journal), ("When were the results published?", date)],
              [f"The results were published on {date} in {journal}.", f"The findings appeared in {journal} on {date}."]),
        _fact(rng, [("Who funded the study?", funder), ("How much funding was provided?", amount)],
              [f"The study was funded by {funder}, which provided {amount}.", f"The work was paid for by {funder}, which provided {amount}."]),
        _fact(rng, [("Why should the results be treated with caution?", f"because {reason}"),
                    ("How do the authors say the results should be treated?", "with caution")],
              [f"The authors warned that the results should be treated with caution because {reason}.",
               f"The results should be treated with caution because {reason}, the authors said."]),
        _fact(rng, [("What proportion of participants reported side effects?", se_pct), ("What was the most common side effect?", side)],
              [f"About {se_pct} of participants reported side effects, mostly {side}.",
               f"Side effects, mostly {side}, were reported by about {se_pct} of participants."]),
        _fact(rng, [("How many people will join the larger trial?", k2), ("When will the larger trial begin?", start_year),
                    ("In how many countries will the next trial run?", countries)],
              [f"A larger trial involving {k2} people in {countries} countries will begin in {start_year}.",
               f"In {start_year} a larger trial will begin, with {k2} people in {countries} countries."]),
        _fact(rng, [("Who was not involved in the study but commented on it?", expert)],
              [(f"{expert}, who was not involved in the study, called the findings encouraging but said more work was needed.",
                [(f"How did {expert} describe the findings?", "encouraging")]),
               (f"The findings are encouraging, said {expert}, who was not involved in the study.",
                [(f"What did {expert} call the findings?", "encouraging")])]),
    ]
    return _done(subject, facts)


DOMAIN_PARAGRAPHS = [
    recipe_bake_paragraph, recipe_rice_paragraph, bus_route_paragraph, rail_works_paragraph, product_paragraph,
    animal_paragraph, tides_paragraph, photosynthesis_paragraph, volcano_paragraph, lightning_paragraph,
    football_paragraph, race_paragraph, election_paragraph, fishing_permit_paragraph, library_notice_paragraph,
    school_trip_paragraph, great_fire_paragraph, strike_paragraph, sleep_advice_paragraph, medicine_leaflet_paragraph,
    acquisition_paragraph, band_paragraph, film_paragraph, national_park_paragraph, community_garden_paragraph,
    weather_paragraph, court_case_paragraph, restaurant_paragraph, medical_study_paragraph,
]
