"""Word lists the generators draw entities from, deliberately varied: names from many
cultures, well-known and small places, organisations of every kind, CoNLL-style MISC."""

FIRST_NAMES = """
James Maria Wei Priya Ahmed Fatima Kenji Yuki Olga Ivan Carlos Lucia Chinedu Amara Lars Ingrid
Mohammed Aisha Raj Ananya Hiroshi Sakura Minho Jiyeon Pierre Camille Giulia Marco Sven Astrid
Tomasz Agnieszka Kwame Abena Diego Valentina Omar Leila Arjun Deepa Chen Li Thanh Linh Mateus
Beatriz Emeka Ngozi Dmitri Natalia Hassan Yasmin Santiago Isabela Haruto Aoi Jae-won Soo-ah
Elif Mehmet Nikos Eleni Patrick Siobhan Connor Aoife Rohan Kavya Tariq Zainab Sipho Thandiwe
Hannah Daniel Sarah Michael Emma Noah Olivia Liam Sophia Lucas Mia Ethan Chloe Jonas Anna
Felix Clara Hugo Alice Mateo Julia Rafael Laura Kofi Efua Yusuf Mariam Andrei Irina Bogdan
""".split()

SURNAMES = """
Smith Garcia Wang Zhang Li Patel Sharma Khan Tanaka Suzuki Ivanova Petrov Rodriguez Fernandez
Okafor Mensah Johansson Nielsen Kowalski Nowak Mueller Schmidt Rossi Bianchi Dubois Laurent
Kim Park Nguyen Tran Silva Santos Oliveira Haddad Mansour Adeyemi Okonkwo Papadopoulos Yilmaz
Kaya Murphy Byrne Kelly Gupta Reddy Iyer Chen Liu Huang Sato Watanabe Hernandez Lopez Martinez
Andersson Virtanen Novak Horvat Popescu Kovacs Abdullah Hussein Mbeki Dlamini Mwangi Otieno
Brown Wilson Taylor Anderson Thomas Moore Martin Jackson White Harris Clark Lewis Walker Hall
Fischer Weber Wagner Becker Moreau Girard Costa Pereira Almeida Ibrahim Salem Nakamura Kobayashi
""".split()

PARTICLE_SURNAMES = ["van der Berg", "de la Cruz", "van Dijk", "bin Salman", "da Silva",
                     "de Jong", "von Trier", "al-Rashid", "Garcia-Lopez", "Smith-Jones",
                     "O'Brien", "McDonald", "Le Roux", "di Maio", "dos Santos"]

CITIES = """
Paris London Tokyo Beijing Shanghai Mumbai Delhi Cairo Lagos Nairobi Berlin Munich Madrid
Barcelona Rome Milan Lisbon Porto Dublin Oslo Stockholm Helsinki Copenhagen Warsaw Prague
Vienna Budapest Athens Istanbul Ankara Tehran Dubai Riyadh Karachi Lahore Dhaka Bangkok Hanoi
Jakarta Manila Seoul Busan Osaka Kyoto Sydney Melbourne Auckland Toronto Vancouver Montreal
Chicago Boston Seattle Denver Houston Atlanta Miami Lima Bogota Santiago Quito Caracas Havana
Accra Dakar Kampala Kigali Addis Ababa Johannesburg Casablanca Tunis Marseille Lyon Hamburg
Rotterdam Antwerp Geneva Zurich Krakow Gdansk Seville Valencia Naples Florence Edinburgh
Glasgow Cardiff Belfast Bristol Leeds Manchester Liverpool Chengdu Wuhan Xi'an Hangzhou
Kolkata Chennai Bangalore Hyderabad Pune Yokohama Sapporo Nagoya Tbilisi Yerevan Baku Almaty
""".split()
MULTIWORD_CITIES = ["New York", "Los Angeles", "San Francisco", "Rio de Janeiro",
                    "Buenos Aires", "Mexico City", "Hong Kong", "Cape Town", "Kuala Lumpur",
                    "Ho Chi Minh City", "Tel Aviv", "Abu Dhabi", "New Delhi", "St Petersburg",
                    "Sao Paulo", "Las Vegas", "New Orleans", "Addis Ababa", "Dar es Salaam"]
SMALL_PLACES = ["Whitby", "Hallstatt", "Giethoorn", "Ronda", "Colmar", "Tromso", "Oaxaca",
                "Hoi An", "Luang Prabang", "Zermatt", "Kotor", "Sintra", "Matera", "Bruges",
                "Takayama", "Hampi", "Essaouira", "Ushuaia", "Akureyri", "Ghent", "Lijiang",
                "Pingyao", "Cusco", "Arequipa", "Stellenbosch", "Lamu", "Tartu", "Ohrid"]
COUNTRIES = """
France Germany China India Japan Brazil Nigeria Kenya Egypt Spain Italy Portugal Ireland Norway
Sweden Finland Denmark Poland Austria Hungary Greece Turkey Iran Pakistan Bangladesh Thailand
Vietnam Indonesia Malaysia Australia Canada Mexico Peru Colombia Chile Argentina Cuba Ghana
Senegal Uganda Rwanda Ethiopia Morocco Tunisia Georgia Armenia Kazakhstan Mongolia Nepal Jordan
Lebanon Qatar Iceland Estonia Latvia Lithuania Croatia Serbia Romania Bulgaria Belgium Switzerland
""".split() + ["South Korea", "South Africa", "New Zealand", "Saudi Arabia", "Sri Lanka",
               "the Netherlands", "the United States", "the United Kingdom", "Czech Republic"]
REGIONS = ["Bavaria", "Tuscany", "Catalonia", "Siberia", "Patagonia", "Kerala", "Yunnan",
           "Scandinavia", "the Sahara", "the Alps", "the Andes", "the Himalayas", "Texas",
           "California", "Ontario", "Queensland", "Provence", "Andalusia", "Sichuan", "Hokkaido",
           "the Balkans", "Anatolia", "Normandy", "Scotland", "Wales", "Europe", "Asia",
           "Africa", "South America", "the Middle East"]
RIVERS = ["the Danube", "the Rhine", "the Nile", "the Amazon", "the Thames", "the Yangtze",
          "the Mekong", "the Ganges", "the Volga", "the Seine", "the Mississippi", "the Niger"]

COMPANIES = ["Google", "Microsoft", "Apple", "Amazon", "Siemens", "Toyota", "Samsung",
             "Nestle", "Unilever", "Tencent", "Alibaba", "Huawei", "Infosys", "Tata Motors",
             "Volkswagen", "BMW", "Airbus", "Boeing", "Shell", "BP", "Nokia", "Ericsson",
             "Spotify", "Netflix", "IKEA", "Zara", "Sony", "Nintendo", "Hyundai", "Philips",
             "Heineken", "Danone", "Renault", "Fiat", "Safaricom", "Dangote Cement",
             "Goldman Sachs", "Deutsche Bank", "HSBC", "Barclays", "Standard Bank", "Petrobras",
             "Embraer", "Mercado Libre", "Rakuten", "Baidu", "Xiaomi", "Lenovo", "Intel",
             "Nvidia", "Hugging Face", "OpenAI", "Reuters", "Bloomberg", "Pfizer", "Novartis",
             "Roche", "Bayer", "Maersk", "Lufthansa", "Emirates", "Qantas", "Ryanair"]
INSTITUTIONS = ["the United Nations", "UNESCO", "NASA", "the World Health Organization",
                "the European Union", "the World Bank", "the IMF", "NATO", "the Red Cross",
                "Oxford University", "Harvard University", "MIT", "Tsinghua University",
                "the University of Tokyo", "the Sorbonne", "ETH Zurich", "Stanford University",
                "the University of Nairobi", "the Bank of England", "the Federal Reserve",
                "the European Central Bank", "Interpol", "Greenpeace", "Amnesty International",
                "the BBC", "The Guardian", "The New York Times", "Le Monde", "Al Jazeera",
                "the Ministry of Health", "the Supreme Court", "Parliament", "the Senate",
                "the Labour Party", "the Green Party", "the African Union", "ASEAN", "FIFA",
                "the International Olympic Committee", "the Louvre", "the British Museum"]
TEAMS = ["Manchester United", "Real Madrid", "Bayern Munich", "Juventus", "Ajax", "Barcelona",
         "Arsenal", "Chelsea", "Liverpool", "Boca Juniors", "Flamengo", "the Lakers",
         "the Yankees", "the All Blacks", "Galatasaray", "Porto", "Celtic", "Al Ahly"]

NATIONALITIES = ["German", "French", "Chinese", "Indian", "Japanese", "Brazilian", "Nigerian",
                 "Kenyan", "Egyptian", "Spanish", "Italian", "Portuguese", "Irish", "Norwegian",
                 "Swedish", "Polish", "Greek", "Turkish", "Iranian", "Pakistani", "Thai",
                 "Vietnamese", "Indonesian", "Australian", "Canadian", "Mexican", "Peruvian",
                 "Colombian", "Chilean", "Argentine", "Ghanaian", "Ethiopian", "Moroccan",
                 "Korean", "American", "British", "Dutch", "Belgian", "Swiss", "Russian",
                 "Ukrainian", "Scottish", "Welsh", "European", "African", "Asian"]
LANGUAGES = ["English", "Mandarin", "Spanish", "Arabic", "Hindi", "Swahili", "Portuguese",
             "French", "German", "Japanese", "Korean", "Turkish", "Yoruba", "Bengali",
             "Cantonese", "Tamil", "Polish", "Dutch", "Greek", "Italian"]
SPORT_EVENTS = ["the Olympics", "the World Cup", "the Tour de France", "Wimbledon",
                "the Champions League", "the Boston Marathon", "the Asian Games",
                "the Commonwealth Games", "the Africa Cup of Nations", "the US Open"]
EVENTS = ["the Olympics", "the World Cup", "the Tour de France", "Wimbledon",
          "the Champions League", "the Cannes Film Festival", "the Paris Air Show",
          "the Nobel Prize", "the Oscars", "the Grammy Awards", "Ramadan", "Christmas",
          "Diwali", "the Lunar New Year", "Oktoberfest", "the Second World War",
          "the Cold War", "the Renaissance", "the Industrial Revolution", "the Euro 2024 final",
          "the Boston Marathon", "Expo 2030", "the Venice Biennale", "the Booker Prize"]
PRODUCTS = ["iPhone", "Windows", "Android", "PlayStation", "Model 3", "Galaxy S24",
            "Boeing 737", "Airbus A380", "Linux", "ChatGPT", "Kindle", "Excel", "Photoshop",
            "Harry Potter", "Star Wars", "Hamlet", "Don Quixote", "the Mona Lisa"]
RELIGIONS = ["Christian", "Muslim", "Buddhist", "Hindu", "Jewish", "Catholic", "Protestant"]

# Words that are names of several types: context must decide (CoNLL's classic confusions).
AMBIGUOUS = {"PER": ["Jordan", "Washington", "Paris", "Chelsea", "Georgia", "Florence",
                     "Lincoln", "Victoria", "Austin", "Sydney"],
             "LOC": ["Jordan", "Washington", "Paris", "Georgia", "Florence", "Lincoln",
                     "Victoria", "Austin", "Sydney"],
             "ORG": ["Chelsea", "Barcelona", "Liverpool", "Porto", "Apple", "Amazon"]}

TITLES = ["President", "Prime Minister", "Dr.", "Professor", "Minister", "Mr.", "Ms.",
          "Mrs.", "Chancellor", "Senator", "Coach", "Judge", "Captain", "CEO", "General"]
