"""Names, places and phone plans of the four markets the demo file shows.

Native spellings are what users type: Persian with Persian yeh/keheh (and ZWNJ in compound
family names), Chinese family-name-first without spaces, Slovak with diacritics (female
surnames in -ová). The Latin forms feed email addresses and websites.
"""

from __future__ import annotations

from dataclasses import dataclass

Name = tuple[str, str]  # (native, latin)
#: (male native, female native, latin)
Family = tuple[str, str, str]
#: (city, region, postal code prefix, landline area code (national, without trunk 0))
City = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Market:
    code: str  # fa | zh | sk | en_us | en_gb
    country: str  # ISO 3166-1 alpha-2, also the phone region
    weight: int  # share of contacts, in percent
    currency: str
    calling_code: str
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Family, ...]
    family_first: bool
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    mobile_prefixes: tuple[str, ...]  # national significant number prefixes
    mobile_length: int  # digits of the national significant number
    landline_length: int
    trunk: str  # "0" where national numbers are dialled with a leading zero
    mail_domains: tuple[str, ...]
    tld: str


def _same(*pairs: tuple[str, str]) -> tuple[Family, ...]:
    return tuple((native, native, latin) for native, latin in pairs)


PERSIAN = Market(
    code="fa", country="IR", weight=25, currency="IRR", calling_code="98",
    male=(("محمد", "mohammad"), ("علی", "ali"), ("حسین", "hossein"), ("رضا", "reza"),
          ("مهدی", "mahdi"), ("امیر", "amir"), ("سعید", "saeed"), ("حمید", "hamid"),
          ("مجید", "majid"), ("کامران", "kamran"), ("بهرام", "bahram"), ("داریوش", "dariush"),
          ("فرهاد", "farhad"), ("کوروش", "kourosh"), ("یوسف", "yousef"), ("مصطفی", "mostafa")),
    female=(("فاطمه", "fatemeh"), ("زهرا", "zahra"), ("مریم", "maryam"), ("سارا", "sara"),
            ("نرگس", "narges"), ("لیلا", "leila"), ("شیرین", "shirin"), ("نسرین", "nasrin"),
            ("پریسا", "parisa"), ("مهسا", "mahsa"), ("الهام", "elham"), ("سمیرا", "samira"),
            ("نازنین", "nazanin"), ("کیمیا", "kimia"), ("ستاره", "setareh"), ("یاسمن", "yasaman")),
    family=_same(("محمدی", "mohammadi"), ("احمدی", "ahmadi"), ("حسینی", "hosseini"),
                 ("رضایی", "rezaei"), ("کریمی", "karimi"), ("موسوی", "mousavi"),
                 ("جعفری", "jafari"), ("صادقی", "sadeghi"), ("رحیمی", "rahimi"),
                 ("قاسمی", "ghasemi"), ("نوری", "nouri"), ("تهرانی", "tehrani"),
                 ("حسین‌زاده", "hosseinzadeh"), ("علی‌پور", "alipour"), ("میرزایی", "mirzaei"),
                 ("کاظمی", "kazemi"), ("شیرازی", "shirazi"), ("اکبری", "akbari")),
    family_first=False,
    cities=(("تهران", "تهران", "1", "21"), ("اصفهان", "اصفهان", "8", "31"),
            ("شیراز", "فارس", "7", "71"), ("مشهد", "خراسان رضوی", "9", "51"),
            ("تبریز", "آذربایجان شرقی", "5", "41")),
    streets=("خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز",
             "خیابان چهارباغ", "خیابان زند", "خیابان امام رضا", "خیابان شریعتی"),
    mobile_prefixes=("912", "913", "917", "919", "935", "936", "901", "910"),
    mobile_length=10, landline_length=10, trunk="0",
    mail_domains=("gmail.com", "yahoo.com", "chmail.ir", "outlook.com"), tld="ir",
)  # fmt: skip

CHINESE = Market(
    code="zh", country="CN", weight=25, currency="CNY", calling_code="86",
    male=(("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
          ("勇", "yong"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
          ("建华", "jianhua"), ("志强", "zhiqiang"), ("晓明", "xiaoming"), ("国平", "guoping"),
          ("海涛", "haitao"), ("子豪", "zihao")),
    female=(("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
            ("艳", "yan"), ("娟", "juan"), ("霞", "xia"), ("秀英", "xiuying"),
            ("桂英", "guiying"), ("海燕", "haiyan"), ("婷婷", "tingting"), ("雪梅", "xuemei"),
            ("欣怡", "xinyi"), ("梓涵", "zihan"), ("玉兰", "yulan")),
    family=_same(("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
                 ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
                 ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
                 ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("欧阳", "ouyang")),
    family_first=True,
    cities=(("深圳", "广东", "518", "755"), ("上海", "上海", "200", "21"),
            ("北京", "北京", "100", "10"), ("广州", "广东", "510", "20"),
            ("杭州", "浙江", "310", "571")),
    streets=("深南大道", "南京路", "长安街", "天河路", "文三路", "华强北路", "淮海中路"),
    mobile_prefixes=("138", "139", "135", "136", "150", "158", "186", "188"),
    mobile_length=11, landline_length=10, trunk="0",
    mail_domains=("qq.com", "163.com", "126.com", "sina.com"), tld="cn",
)  # fmt: skip

SLOVAK = Market(
    code="sk", country="SK", weight=25, currency="EUR", calling_code="421",
    male=(("Ján", "jan"), ("Peter", "peter"), ("Martin", "martin"), ("Tomáš", "tomas"),
          ("Marek", "marek"), ("Jozef", "jozef"), ("Michal", "michal"), ("Lukáš", "lukas"),
          ("Juraj", "juraj"), ("Ľubomír", "lubomir"), ("Štefan", "stefan"), ("Matúš", "matus")),
    female=(("Mária", "maria"), ("Zuzana", "zuzana"), ("Katarína", "katarina"),
            ("Lucia", "lucia"), ("Jana", "jana"), ("Eva", "eva"), ("Veronika", "veronika"),
            ("Ivana", "ivana"), ("Martina", "martina"), ("Petra", "petra"),
            ("Ľudmila", "ludmila"), ("Soňa", "sona")),
    family=(("Novák", "Nováková", "novak"), ("Kováč", "Kováčová", "kovac"),
            ("Horváth", "Horváthová", "horvath"), ("Varga", "Vargová", "varga"),
            ("Tóth", "Tóthová", "toth"), ("Baláž", "Balážová", "balaz"),
            ("Molnár", "Molnárová", "molnar"), ("Lukáč", "Lukáčová", "lukac"),
            ("Kráľ", "Kráľová", "kral"), ("Šimko", "Šimková", "simko"),
            ("Hudák", "Hudáková", "hudak"), ("Polák", "Poláková", "polak"),
            ("Oravec", "Oravcová", "oravec"), ("Ďurica", "Ďuricová", "durica")),
    family_first=False,
    cities=(("Bratislava", "Bratislavský kraj", "8", "2"), ("Košice", "Košický kraj", "04", "55"),
            ("Žilina", "Žilinský kraj", "010", "41"), ("Prešov", "Prešovský kraj", "080", "51"),
            ("Banská Bystrica", "Banskobystrický kraj", "974", "48"),
            ("Nitra", "Nitriansky kraj", "949", "37"),
            ("Trenčín", "Trenčiansky kraj", "911", "32")),
    streets=("Hlavná", "Štúrova", "Námestie SNP", "Národná", "Kukučínova", "Vajanského",
             "Hviezdoslavova", "Mierová"),
    mobile_prefixes=("905", "907", "908", "911", "915", "917", "944", "948"),
    mobile_length=9, landline_length=9, trunk="0",
    mail_domains=("gmail.com", "azet.sk", "centrum.sk", "post.sk"), tld="sk",
)  # fmt: skip

_ENGLISH_MALE = (("James", "james"), ("John", "john"), ("Robert", "robert"),
                 ("Michael", "michael"), ("William", "william"), ("David", "david"),
                 ("Oliver", "oliver"), ("Thomas", "thomas"), ("Daniel", "daniel"),
                 ("George", "george"), ("Harry", "harry"), ("Samuel", "samuel"))  # fmt: skip
_ENGLISH_FEMALE = (("Mary", "mary"), ("Patricia", "patricia"), ("Jennifer", "jennifer"),
                   ("Linda", "linda"), ("Elizabeth", "elizabeth"), ("Emily", "emily"),
                   ("Olivia", "olivia"), ("Sophia", "sophia"), ("Charlotte", "charlotte"),
                   ("Amelia", "amelia"), ("Grace", "grace"), ("Chloe", "chloe"))  # fmt: skip

AMERICAN = Market(
    code="en_us", country="US", weight=15, currency="USD", calling_code="1",
    male=_ENGLISH_MALE, female=_ENGLISH_FEMALE,
    family=_same(("Smith", "smith"), ("Johnson", "johnson"), ("Williams", "williams"),
                 ("Brown", "brown"), ("Jones", "jones"), ("Miller", "miller"),
                 ("Davis", "davis"), ("Garcia", "garcia"), ("Wilson", "wilson"),
                 ("Anderson", "anderson"), ("Taylor", "taylor"), ("O'Brien", "obrien")),
    family_first=False,
    cities=(("New York", "NY", "100", "212"), ("Chicago", "IL", "606", "312"),
            ("Austin", "TX", "787", "512"), ("Seattle", "WA", "981", "206"),
            ("Boston", "MA", "021", "617")),
    streets=("Main Street", "Oak Avenue", "Maple Drive", "Broadway", "Park Avenue",
             "Elm Street", "Washington Street"),
    mobile_prefixes=("212", "312", "415", "512", "206", "617", "646", "737"),
    mobile_length=10, landline_length=10, trunk="",
    mail_domains=("gmail.com", "yahoo.com", "outlook.com", "icloud.com"), tld="com",
)  # fmt: skip

BRITISH = Market(
    code="en_gb", country="GB", weight=10, currency="GBP", calling_code="44",
    male=_ENGLISH_MALE, female=_ENGLISH_FEMALE,
    family=_same(("Smith", "smith"), ("Jones", "jones"), ("Taylor", "taylor"),
                 ("Brown", "brown"), ("Evans", "evans"), ("Wilson", "wilson"),
                 ("Thomas", "thomas"), ("Roberts", "roberts"), ("Walker", "walker"),
                 ("Wright", "wright"), ("Hughes", "hughes"), ("Patel", "patel")),
    family_first=False,
    cities=(("London", "Greater London", "EC1", "20"), ("Manchester", "Greater Manchester",
            "M1", "161"), ("Leeds", "West Yorkshire", "LS1", "113"),
            ("Bristol", "Bristol", "BS1", "117"), ("Edinburgh", "Scotland", "EH1", "131")),
    streets=("High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
             "Mill Lane", "Queen Street"),
    mobile_prefixes=("7700", "7712", "7723", "7734", "7745", "7801", "7911", "7956"),
    mobile_length=10, landline_length=10, trunk="0",
    mail_domains=("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"), tld="co.uk",
)  # fmt: skip

MARKETS: tuple[Market, ...] = (PERSIAN, CHINESE, SLOVAK, AMERICAN, BRITISH)

#: (english key stored in companies.industry, Persian, Chinese, Slovak, English word)
INDUSTRIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("manufacturing", "تولیدی", "制造", "strojáreň", "Manufacturing"),
    ("wholesale", "بازرگانی", "贸易", "veľkoobchod", "Trading"),
    ("retail", "فروشگاه", "商贸", "obchod", "Retail"),
    ("software", "نرم‌افزار", "科技", "softvér", "Software"),
    ("logistics", "حمل و نقل", "物流", "logistika", "Logistics"),
    ("food", "صنایع غذایی", "食品", "potraviny", "Foods"),
    ("construction", "ساختمانی", "建筑", "stavby", "Construction"),
    ("textiles", "نساجی", "纺织", "textil", "Textiles"),
    ("electronics", "الکترونیک", "电子", "elektro", "Electronics"),
    ("consulting", "مشاوره", "咨询", "poradenstvo", "Consulting"),
)  # fmt: skip

#: Brand words per market: (native, latin).
BRANDS: dict[str, tuple[Name, ...]] = {
    "fa": (("پارس", "pars"), ("آریا", "aria"), ("البرز", "alborz"), ("سپهر", "sepehr"),
           ("نوین", "novin"), ("آفتاب", "aftab"), ("مهر", "mehr"), ("دماوند", "damavand"),
           ("زاگرس", "zagros"), ("ارغوان", "arghavan"), ("سینا", "sina"), ("کاوه", "kaveh")),
    "zh": (("华强", "huaqiang"), ("东方", "dongfang"), ("长城", "changcheng"),
           ("天宇", "tianyu"), ("鑫达", "xinda"), ("宏远", "hongyuan"), ("恒通", "hengtong"),
           ("金辉", "jinhui"), ("创新", "chuangxin"), ("远航", "yuanhang"), ("瑞丰", "ruifeng")),
    "sk": (("Tatra", "tatra"), ("Kovo", "kovo"), ("Považie", "povazie"), ("Stavmont", "stavmont"),
           ("Agrospol", "agrospol"), ("Slovplast", "slovplast"), ("Drevona", "drevona"),
           ("Fatra", "fatra"), ("Hron", "hron"), ("Zemplín", "zemplin"), ("Orava", "orava")),
    "en": (("Northwind", "northwind"), ("Bluebird", "bluebird"), ("Summit", "summit"),
           ("Redwood", "redwood"), ("Harbor", "harbor"), ("Granite", "granite"),
           ("Lakeside", "lakeside"), ("Silverline", "silverline"), ("Oakridge", "oakridge"),
           ("Brightwater", "brightwater"), ("Ironbridge", "ironbridge")),
}  # fmt: skip

COMPANY_SIZES = ("1-10", "11-50", "51-200", "201-500", "500+")
LEAD_SOURCES = ("website", "referral", "trade fair", "cold call", "social media", "advertising",
                "Excel import", "partner")  # fmt: skip
CONSENT_SOURCES = ("web form", "trade fair", "email reply", "phone call", "paper form")
#: (tag name, share of contacts carrying it, in percent)
TAGS: tuple[tuple[str, int], ...] = (
    ("VIP", 5), ("newsletter", 30), ("wholesale", 12), ("retail", 15), ("partner", 6),
    ("مشتری ویژه", 4), ("重要客户", 4), ("stály zákazník", 5), ("trade fair 2024", 8),
    ("payment issues", 2),
)  # fmt: skip
