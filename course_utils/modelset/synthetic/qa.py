"""Generated SQuAD-style extractive QA in English.

Each context is a short paragraph about one subject (a person, company, city, event or
product) made of 4-7 facts in random order, each fact worded in one of several ways. A
paragraph holds several spans of the same type (two or three years, cities, people,
numbers), so a model must read the question to pick the right one. Questions are asked in
several phrasings that do not copy the sentence holding the answer.
"""
import random

from . import lexicon as lx
from .ner import _city, _person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FIELDS = ["chemistry", "economics", "architecture", "medicine", "law", "music", "history",
          "mathematics", "biology", "engineering", "journalism", "philosophy", "physics"]
JOBS = ["engineer", "teacher", "journalist", "nurse", "lawyer", "architect", "chef",
        "photographer", "pilot", "software developer", "economist", "translator"]
AWARDS = ["the Nobel Prize", "the Booker Prize", "the Pulitzer Prize", "an Olympic medal",
          "the Fields Medal", "a Grammy", "the Turing Award", "the Pritzker Prize"]
PRODUCTS = ["electric bicycles", "solar panels", "running shoes", "coffee machines",
            "mobile games", "medical scanners", "kitchen knives", "school furniture",
            "wind turbines", "language apps", "frozen dumplings", "camping tents"]
FOODS = ["dumplings", "grilled fish", "olive oil", "spicy noodles", "cheese", "chocolate",
         "green tea", "seafood stew", "flatbread", "rice wine"]
SPORTS = ["chess", "cycling", "marathon", "badminton", "rowing", "table tennis", "judo",
          "robotics", "debating", "sailing"]


def _year(rng, low=1900, high=2020):
    return str(rng.randint(low, high))


def _number(rng):
    return rng.choice(["120", "350", "1,200", "4,500", "12,000", "80,000", "250,000",
                       "1.2 million", "3.5 million", "45", "18", "600"])


def _pick(rng, options):
    return rng.choice(options)


def person_paragraph(rng):
    name = _person(rng)
    if len(name.split()) < 2:
        name = f"{rng.choice(lx.FIRST_NAMES)} {name}"
    short = name.split()[-1]
    he = rng.choice(["He", "She"])
    born, moved, award_year = map(str, sorted(rng.sample(range(1900, 2015), 3)))
    city, city2 = rng.sample(lx.CITIES + lx.MULTIWORD_CITIES, 2)
    uni, company = rng.choice(lx.INSTITUTIONS[10:18]), rng.choice(lx.COMPANIES)
    field, job, award = rng.choice(FIELDS), rng.choice(JOBS), rng.choice(AWARDS)
    mentor = _person(rng)
    kids = rng.choice(["two", "three", "four", "five"])
    facts = [
        (_pick(rng, [f"{name} was born in {city} in {born}.",
                     f"Born in {born} in {city}, {name} grew up near the harbour.",
                     f"{name} was born in {born}; the family lived in {city} at the time."]),
         [("Where was {n} born?", city), ("In which city was {n} born?", city),
          ("What is {n}'s home town?", city), ("When was {n} born?", born),
          ("In what year was {n} born?", born)]),
        (_pick(rng, [f"{he} studied {field} at {uni}.",
                     f"At {uni}, {he.lower()} took a degree in {field}.",
                     f"{he} earned a degree in {field} from {uni}."]),
         [("What did {n} study?", field), ("Which subject did {n} study at university?", field),
          ("Where did {n} study?", uni), ("Which university did {n} attend?", uni)]),
        (_pick(rng, [f"In {moved}, {he.lower()} moved to {city2} to work as a {job} for {company}.",
                     f"{he} moved to {city2} in {moved} and found work as a {job} at {company}.",
                     f"{company} hired {he.lower().replace('he', 'him').replace('she', 'her')} as a {job} in {moved}, and {he.lower()} settled in {city2}."]),
         [("Which company did {n} work for?", company), ("Who employed {n}?", company),
          ("What was {n}'s job?", job), ("To which city did {n} move?", city2),
          ("When did {n} move to " + city2 + "?", moved),
          ("In what year did {n} start working for " + company + "?", moved)]),
        (_pick(rng, [f"{he} received {award} in {award_year}.",
                     f"In {award_year} {he.lower()} was awarded {award}.",
                     f"{award[0].upper() + award[1:]} went to {short} in {award_year}."]),
         [("What prize did {n} receive?", award), ("Which award did {n} win?", award),
          ("When did {n} receive " + award + "?", award_year),
          ("In which year was {n} given " + award + "?", award_year)]),
        (_pick(rng, [f"{he} was trained by {mentor}, who remained a close friend.",
                     f"Much of {short}'s early work was guided by {mentor}.",
                     f"{mentor} was {short}'s teacher and mentor."]),
         [("Who was {n}'s mentor?", mentor), ("Who trained {n}?", mentor),
          ("Who guided {n}'s early work?", mentor)]),
        (_pick(rng, [f"{name} has {kids} children.", f"{he} is the parent of {kids} children.",
                     f"{he} and {he == 'He' and 'his' or 'her'} partner raised {kids} children."]),
         [("How many children does {n} have?", kids), ("How many children did {n} raise?", kids)]),
    ]
    return name, facts


def company_paragraph(rng):
    name = rng.choice(["Northwind", "Bluepeak", "Orion Foods", "Kestrel Systems", "Luma",
                       "Tidewater", "Greenleaf", "Silverline", "Atlas Robotics", "Meridian",
                       "Harbor & Co", "Sunbird", "Redstone Labs", "Pinecrest", "Nova Motors",
                       "Quill Media", "Lotus Health", "Vantage Air"])
    founder, ceo = _person(rng), _person(rng)
    founded, listed = map(str, sorted(rng.sample(range(1950, 2022), 2)))
    hq, plant = rng.sample(lx.CITIES + lx.MULTIWORD_CITIES, 2)
    country = rng.choice(lx.COUNTRIES)
    staff, revenue = _number(rng), f"{rng.randint(2, 900)} million dollars"
    product = rng.choice(PRODUCTS)
    facts = [
        (_pick(rng, [f"{name} was founded by {founder} in {founded}.",
                     f"{founder} started {name} in {founded}.",
                     f"In {founded}, {founder} set up {name} with two friends."]),
         [("Who founded {n}?", founder), ("Who started {n}?", founder),
          ("When was {n} founded?", founded), ("In what year was {n} created?", founded)]),
        (_pick(rng, [f"The company makes {product}.", f"{name} is best known for its {product}.",
                     f"Its main business is {product}."]),
         [("What does {n} make?", product), ("What is {n} known for?", product),
          ("What products does {n} sell?", product)]),
        (_pick(rng, [f"Its headquarters are in {hq}, and its largest factory is in {plant}.",
                     f"{name} is based in {hq} but produces most goods in {plant}.",
                     f"The head office is in {hq}; the main plant is in {plant}."]),
         [("Where is {n} based?", hq), ("Where are {n}'s headquarters?", hq),
          ("In which city is {n}'s head office?", hq),
          ("Where is {n}'s largest factory?", plant), ("Where does {n} make most of its goods?", plant)]),
        (_pick(rng, [f"Today it employs {staff} people and is run by {ceo}.",
                     f"{ceo} has led the firm since {listed}; it has {staff} employees.",
                     f"The firm, now headed by {ceo}, has a staff of {staff}."]),
         [("Who runs {n}?", ceo), ("Who is the chief executive of {n}?", ceo),
          ("How many people work for {n}?", staff), ("How many employees does {n} have?", staff)]),
        (_pick(rng, [f"{name} listed its shares on the stock exchange in {listed}.",
                     f"The company went public in {listed}.",
                     f"Shares in {name} were first sold to the public in {listed}."]),
         [("When did {n} go public?", listed), ("In which year was {n} listed on the stock exchange?", listed)]),
        (_pick(rng, [f"Last year its sales reached {revenue}, mostly in {country}.",
                     f"It earned {revenue} last year, with {country} as its biggest market.",
                     f"Annual revenue was {revenue}; most customers are in {country}."]),
         [("How much did {n} sell last year?", revenue), ("What was {n}'s revenue last year?", revenue),
          ("What is {n}'s biggest market?", country), ("Where are most of {n}'s customers?", country)]),
    ]
    return name, facts


def city_paragraph(rng):
    name = rng.choice(lx.CITIES + lx.SMALL_PLACES)
    river, region = rng.choice(lx.RIVERS), rng.choice(lx.REGIONS)
    founded, bridge = map(str, sorted(rng.sample(range(800, 2000), 2)))
    population, visitors = rng.sample(["45,000", "120,000", "800,000", "2.3 million",
                                       "6 million", "15,000", "300,000"], 2)
    mayor, architect = _person(rng), _person(rng)
    food, event = rng.choice(FOODS), rng.choice(lx.EVENTS)
    facts = [
        (_pick(rng, [f"{name} lies on {river} in {region}.", f"{river} runs through {name}, a city in {region}.",
                     f"Located in {region}, {name} sits on the banks of {river}."]),
         [("Which river flows through {n}?", river[4:] if river.startswith("the ") else river),
          ("On which river is {n}?", river[4:] if river.startswith("the ") else river),
          ("In which region is {n}?", region), ("Where is {n} located?", region)]),
        (_pick(rng, [f"It was founded in {founded}.", f"The town dates back to {founded}.",
                     f"Records show a settlement here as early as {founded}."]),
         [("When was {n} founded?", founded), ("How old is {n}? It dates back to what year?", founded)]),
        (_pick(rng, [f"About {population} people live there, and it receives {visitors} visitors a year.",
                     f"It has a population of {population} and attracts {visitors} tourists every year.",
                     f"Home to {population} residents, it welcomes {visitors} visitors annually."]),
         [("How many people live in {n}?", population), ("What is the population of {n}?", population),
          ("How many visitors does {n} receive each year?", visitors),
          ("How many tourists come to {n} every year?", visitors)]),
        (_pick(rng, [f"Its stone bridge, designed by {architect}, opened in {bridge}.",
                     f"{architect} designed the old bridge, which was finished in {bridge}.",
                     f"The bridge was completed in {bridge} to plans by {architect}."]),
         [("Who designed the bridge in {n}?", architect), ("When did the bridge in {n} open?", bridge),
          ("In what year was the bridge in {n} completed?", bridge)]),
        (_pick(rng, [f"The current mayor is {mayor}.", f"{mayor} has been mayor since the last election.",
                     f"Local government is led by the mayor, {mayor}."]),
         [("Who is the mayor of {n}?", mayor), ("Who leads the local government of {n}?", mayor)]),
        (_pick(rng, [f"Visitors come for its {food} and for {event}.",
                     f"The city is famous for {food}, and many people travel there for {event}.",
                     f"Its {food} is well known, and it hosts {event}."]),
         [("What food is {n} famous for?", food), ("What is {n} known for eating?", food)]),
    ]
    return name, facts


def event_paragraph(rng):
    sport = rng.choice(SPORTS)
    name = f"the {rng.choice(['national', 'regional', 'international', 'annual', 'open'])} {sport} championship"
    host, runner_city = rng.sample(lx.CITIES + lx.MULTIWORD_CITIES, 2)
    winner, second, organiser_person = _person(rng), _person(rng), _person(rng)
    org = rng.choice(lx.INSTITUTIONS + lx.COMPANIES)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    players, prize = rng.choice(["64", "120", "256", "500", "1,000"]), f"{rng.randint(5, 200)},000 euros"
    facts = [
        (_pick(rng, [f"{name[0].upper() + name[1:]} was held in {host} on {day} {month}.",
                     f"On {day} {month}, {host} hosted {name}.",
                     f"This year {name} took place in {host}, starting on {day} {month}."]),
         [("Where was " + name + " held?", host), ("Which city hosted " + name + "?", host),
          ("When did " + name + " take place?", f"{day} {month}"),
          ("On what date was " + name + " held?", f"{day} {month}")]),
        (_pick(rng, [f"{winner} won the title, beating {second} in the final.",
                     f"In the final, {winner} defeated {second}.",
                     f"{second} reached the final but lost to {winner}."]),
         [("Who won " + name + "?", winner), ("Who took the title?", winner),
          ("Who lost the final?", second), ("Who was the runner-up?", second)]),
        (_pick(rng, [f"The event was organised by {org} and drew {players} players.",
                     f"{org} organised the competition, which had {players} entrants.",
                     f"Some {players} competitors took part in the event, run by {org}."]),
         [("Who organised " + name + "?", org), ("How many players took part?", players),
          ("How many competitors entered?", players)]),
        (_pick(rng, [f"The winner received {prize}.", f"First prize was {prize}.",
                     f"{winner} took home {prize} in prize money."]),
         [("How much prize money did the winner get?", prize), ("What was the first prize?", prize)]),
        (_pick(rng, [f"Next year the championship moves to {runner_city}.",
                     f"The next edition will be held in {runner_city}.",
                     f"Organisers said {runner_city} will host the following edition."]),
         [("Where will the next championship be held?", runner_city),
          ("Which city will host the next edition?", runner_city)]),
        (_pick(rng, [f"The tournament director, {organiser_person}, called it the best edition so far.",
                     f"{organiser_person}, who directs the tournament, praised the crowds."]),
         [("Who is the tournament director?", organiser_person), ("Who directs the tournament?", organiser_person)]),
    ]
    return name, facts


def _all_paragraphs():
    from .qa_domains import DOMAIN_PARAGRAPHS

    return [person_paragraph, company_paragraph, city_paragraph, event_paragraph,
            *DOMAIN_PARAGRAPHS]


PARAGRAPHS = _all_paragraphs()


def example_group(rng):
    """One context and 2-4 questions about it (as dicts with SQuAD's answer fields)."""
    subject, facts = rng.choice(PARAGRAPHS)(rng)
    rest = rng.sample(facts[1:], k=rng.randint(min(3, len(facts) - 1), len(facts) - 1))
    chosen = [facts[0]] + rest  # the fact that names the subject opens the paragraph
    context = " ".join(sentence for sentence, _ in chosen)
    examples = []
    for sentence, questions in rng.sample(chosen, k=min(len(chosen), rng.randint(2, 4))):
        template, answer = rng.choice(questions)
        offset = context.find(sentence)
        start = sentence.find(answer)
        if start < 0:
            continue
        question = template.replace("{n}", subject)
        question = question[0].upper() + question[1:]
        examples.append({"context": context, "question": question,
                         "answers": {"text": [answer], "answer_start": [offset + start]}})
    return examples


def generate(n_contexts, seed):
    from datasets import Dataset

    rng = random.Random(seed)
    rows = [ex for _ in range(n_contexts) for ex in example_group(rng)]
    return Dataset.from_list(rows)


def load_qa(n_train=2500, n_validation=200):
    """Generated train/validation splits (seeds 1 and 2) and the hand-written test set."""
    from datasets import DatasetDict

    from ..testsets import load_qa_test

    return DatasetDict({"train": generate(n_train, 1), "validation": generate(n_validation, 2),
                        "test": load_qa_test()})
