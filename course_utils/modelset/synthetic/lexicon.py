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

# ---- wider CoNLL coverage: places that are not cities, bodies that are not companies, and
# the many kinds of MISC ----------------------------------------------------------------------
STREET_SUFFIXES = ["Street", "Road", "Avenue", "Lane", "Square", "Boulevard", "Way"]
WATERS = ["the Baltic Sea", "the Mediterranean", "the Pacific Ocean", "the Atlantic",
          "Lake Geneva", "Lake Baikal", "the Red Sea", "the North Sea", "the Caspian Sea",
          "the Indian Ocean", "Lake Titicaca", "the Dead Sea", "the Arctic Ocean"]
MOUNTAINS = ["Mount Kenya", "Mont Blanc", "Mount Fuji", "Kilimanjaro", "the Atlas Mountains",
             "the Rockies", "Mount Everest", "the Pyrenees", "the Urals", "Table Mountain"]
LANDMARKS = ["Central Station", "Heathrow Airport", "the Colosseum", "the Acropolis",
             "Times Square", "the Forbidden City", "Charles Bridge", "the Golden Gate Bridge",
             "Changi Airport", "the Brandenburg Gate", "Wembley Stadium", "Hyde Park",
             "the Sagrada Familia", "Schiphol"]
NEIGHBOURHOODS = ["Brooklyn", "Shibuya", "Montmartre", "Kreuzberg", "Soho", "Harlem",
                  "Trastevere", "Alfama", "Gangnam", "Kowloon", "Camden", "Palermo Soho"]
GOVERNMENT = ["the Ministry of Finance", "the Department of Education", "the High Court",
              "the National Assembly", "the Foreign Office", "the Bundestag", "the Duma",
              "the European Commission", "the Ministry of Defence", "the Constitutional Court",
              "the Treasury", "the Pentagon", "the White House", "Congress", "the Knesset"]
PARTIES = ["the Conservative Party", "the Social Democrats", "the African National Congress",
           "the Liberal Democrats", "the Republican Party", "the Democratic Party",
           "the Communist Party", "the Christian Democratic Union"]
MEDIA = ["the Financial Times", "Der Spiegel", "Xinhua", "NHK", "CNN", "Reuters",
         "the Associated Press", "El Pais", "The Times of India", "Asahi Shimbun",
         "The Economist", "Nature", "Vogue", "Rolling Stone"]
BANDS = ["Coldplay", "BTS", "ABBA", "Radiohead", "the Rolling Stones", "Metallica",
         "Blackpink", "U2", "Daft Punk", "the Beatles"]
SHORT_UNIVERSITIES = ["Yale", "Princeton", "Peking University", "Sciences Po", "UCLA",
                      "Kyoto University", "the LSE", "McGill", "Imperial College"]
AWARDS = ["the Nobel Peace Prize", "the Fields Medal", "the Ballon d'Or", "a Golden Globe",
          "the Pulitzer Prize", "the Turner Prize", "the Palme d'Or", "an Emmy",
          "the Abel Prize", "the Man Booker International Prize"]
FESTIVALS = ["Holi", "Eid al-Fitr", "Carnival", "Hanukkah", "the Mid-Autumn Festival",
             "Thanksgiving", "Easter", "Songkran", "Day of the Dead", "Hogmanay", "Vesak"]
MODELS = ["Camry", "Model Y", "Galaxy Note", "PlayStation 5", "Boeing 787", "MacBook Air",
          "Land Cruiser", "Golf GTI", "Pixel 8", "Kindle Paperwhite", "Surface Pro"]
WORKS = ["The Godfather", "One Hundred Years of Solitude", "Spirited Away", "War and Peace",
         "Things Fall Apart", "Parasite", "The Lord of the Rings", "Pride and Prejudice",
         "Dream of the Red Chamber", "Bohemian Rhapsody"]
WARS = ["the Korean War", "the Thirty Years' War", "the Gulf War", "the First World War",
        "the Napoleonic Wars", "the Vietnam War", "the Hundred Years' War"]
MORE_NATIONALITIES = ["Qatari", "Saudi", "Filipino", "Malaysian", "Nepali", "Sri Lankan",
                      "Venezuelan", "Cuban", "Jamaican", "Senegalese", "Tanzanian", "Ugandan",
                      "Rwandan", "Zimbabwean", "Icelandic", "Finnish", "Danish", "Austrian",
                      "Hungarian", "Czech", "Romanian", "Serbian", "Croatian", "Georgian",
                      "Kazakh", "Mongolian", "Tibetan", "Catalan", "Basque", "Sicilian",
                      "Bavarian", "Texan", "Parisian", "Latin American", "Scandinavian"]
