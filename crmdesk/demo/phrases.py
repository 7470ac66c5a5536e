"""What people write in a CRM, in the demo's four languages (keys: fa, zh, sk, en)."""

from __future__ import annotations

JOB_TITLES: dict[str, tuple[str, ...]] = {
    "fa": ("مدیر عامل", "مدیر فروش", "کارشناس خرید", "حسابدار", "مدیر بازرگانی", "مسئول انبار"),
    "zh": ("总经理", "销售经理", "采购经理", "财务主管", "市场总监", "业务员"),
    "sk": (
        "konateľ",
        "obchodný riaditeľ",
        "nákupca",
        "účtovníčka",
        "vedúci skladu",
        "projektový manažér",
    ),
    "en": (
        "CEO",
        "Sales Manager",
        "Purchasing Manager",
        "Accountant",
        "Operations Director",
        "Office Manager",
    ),
}

#: Interaction subjects, one per kind-neutral situation.
SUBJECTS: dict[str, tuple[str, ...]] = {
    "fa": (
        "پیگیری پیش‌فاکتور",
        "جلسه در دفتر مشتری",
        "ارسال لیست قیمت",
        "سؤال درباره زمان تحویل",
        "معرفی محصول",
        "بازدید از نمایشگاه",
        "یادآوری پرداخت",
        "تشکر از خرید",
    ),
    "zh": (
        "电话跟进报价",
        "客户办公室会议",
        "发送价格表",
        "询问交货时间",
        "产品演示",
        "展会拜访",
        "付款提醒",
        "感谢订购",
    ),
    "sk": (
        "Telefonát ohľadom ponuky",
        "Stretnutie u zákazníka",
        "Poslaný cenník",
        "Otázka na termín dodania",
        "Predvedenie produktu",
        "Návšteva na veľtrhu",
        "Upomienka platby",
        "Poďakovanie za objednávku",
    ),
    "en": (
        "Follow-up call about the quote",
        "Meeting at their office",
        "Sent the price list",
        "Asked about delivery times",
        "Product demo",
        "Visit at the trade fair",
        "Payment reminder",
        "Thank-you for the order",
    ),
}

SENTENCES: dict[str, tuple[str, ...]] = {
    "fa": (
        "مشتری برای سفارش عمده تخفیف می‌خواهد.",
        "قرار شد نمونه‌ها را هفته بعد بفرستیم.",
        "ما را با دو تأمین‌کننده دیگر مقایسه می‌کنند.",
        "تصمیم بعد از جلسه بودجه گرفته می‌شود.",
        "از ارسال قبلی بسیار راضی بودند.",
        "فاکتور با نشانی جدید شرکت لازم دارند.",
    ),
    "zh": (
        "客户希望大批量采购有折扣。",
        "答应下周寄送样品。",
        "他们在和另外两家供应商比较。",
        "预算会议后做决定。",
        "对上次交货非常满意。",
        "需要开具新公司地址的发票。",
    ),
    "sk": (
        "Zákazník chce zľavu pri väčšom odbere.",
        "Sľúbili sme poslať vzorky budúci týždeň.",
        "Porovnávajú nás s dvoma ďalšími dodávateľmi.",
        "Rozhodnú sa po porade o rozpočte.",
        "S poslednou dodávkou boli veľmi spokojní.",
        "Potrebujú faktúru s novou adresou firmy.",
    ),
    "en": (
        "Customer wants a discount for larger volumes.",
        "Promised to send samples next week.",
        "They compare us with two other suppliers.",
        "Decision expected after their budget meeting.",
        "Very satisfied with the last delivery.",
        "Needs an invoice with the new company address.",
    ),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    "fa": ("علاقه‌مند", "تماس مجدد", "پاسخ نداد", "سفارش داد"),
    "zh": ("有兴趣", "需回电", "无人接听", "已下单"),
    "sk": ("má záujem", "zavolať znova", "nedvíha", "objednal"),
    "en": ("interested", "call back", "no answer", "ordered"),
}

TASKS: dict[str, tuple[str, ...]] = {
    "fa": ("تماس مجدد", "ارسال پیش‌فاکتور", "آماده کردن قرارداد", "بررسی پرداخت", "ارسال نمونه"),
    "zh": ("回电", "发送报价", "准备合同", "核对付款", "寄送样品"),
    "sk": (
        "Zavolať späť",
        "Poslať ponuku",
        "Pripraviť zmluvu",
        "Skontrolovať platbu",
        "Poslať vzorky",
    ),
    "en": ("Call back", "Send quote", "Prepare contract", "Check payment", "Send samples"),
}

#: Ticket subjects with their category (TicketCategory values).
TICKETS: dict[str, tuple[tuple[str, str], ...]] = {
    "fa": (
        ("کالای آسیب‌دیده هنگام تحویل", "complaint"),
        ("مبلغ فاکتور اشتباه است", "complaint"),
        ("چطور دستگاه را ریست کنم؟", "question"),
        ("تأخیر در ارسال", "complaint"),
        ("پیشنهاد: سفارش آنلاین", "suggestion"),
        ("درخواست کاتالوگ جدید", "request"),
    ),
    "zh": (
        ("到货商品损坏", "complaint"),
        ("发票金额错误", "complaint"),
        ("如何重置设备？", "question"),
        ("延迟交货", "complaint"),
        ("建议：在线下单", "suggestion"),
        ("索取新产品目录", "request"),
    ),
    "sk": (
        ("Poškodený tovar pri doručení", "complaint"),
        ("Nesprávna suma na faktúre", "complaint"),
        ("Ako resetovať zariadenie?", "question"),
        ("Oneskorené doručenie", "complaint"),
        ("Návrh: objednávky online", "suggestion"),
        ("Žiadosť o nový katalóg", "request"),
    ),
    "en": (
        ("Damaged goods on delivery", "complaint"),
        ("Invoice amount is wrong", "complaint"),
        ("How do I reset the device?", "question"),
        ("Late delivery", "complaint"),
        ("Suggestion: online ordering", "suggestion"),
        ("Please send the new catalogue", "request"),
    ),
}

RESOLUTIONS: dict[str, tuple[str, ...]] = {
    "fa": ("کالا تعویض شد.", "فاکتور اصلاح شد.", "راهنمایی تلفنی انجام شد."),
    "zh": ("已更换商品。", "已更正发票。", "已电话指导。"),
    "sk": ("Tovar bol vymenený.", "Faktúra bola opravená.", "Vysvetlené telefonicky."),
    "en": ("Goods replaced.", "Invoice corrected.", "Explained on the phone."),
}

#: Products: (sku, price in EUR cents, name per language)
PRODUCTS: tuple[tuple[str, int, dict[str, str]], ...] = (
    (
        "CH-100",
        18900,
        {"fa": "صندلی اداری", "zh": "办公椅", "sk": "Kancelárska stolička", "en": "Office chair"},
    ),
    (
        "DK-200",
        42900,
        {"fa": "میز کار برقی", "zh": "升降桌", "sk": "Polohovateľný stôl", "en": "Standing desk"},
    ),
    (
        "PR-300",
        32500,
        {
            "fa": "چاپگر لیزری",
            "zh": "激光打印机",
            "sk": "Laserová tlačiareň",
            "en": "Laser printer",
        },
    ),
    (
        "TN-310",
        6400,
        {"fa": "کارتریج تونر", "zh": "硒鼓", "sk": "Tonerová kazeta", "en": "Toner cartridge"},
    ),
    (
        "FL-050",
        1250,
        {
            "fa": "فلنج فولادی DN50",
            "zh": "钢法兰 DN50",
            "sk": "Oceľová príruba DN50",
            "en": "Steel flange DN50",
        },
    ),
    (
        "GL-010",
        390,
        {"fa": "دستکش ایمنی", "zh": "安全手套", "sk": "Ochranné rukavice", "en": "Safety gloves"},
    ),
    (
        "LD-600",
        4700,
        {
            "fa": "پنل ال‌ای‌دی ۶۰×۶۰",
            "zh": "LED面板 60x60",
            "sk": "LED panel 60x60",
            "en": "LED panel 60x60",
        },
    ),
    (
        "PK-900",
        2900,
        {"fa": "فیلم بسته‌بندی", "zh": "包装膜", "sk": "Baliaca fólia", "en": "Packaging film"},
    ),
)

#: Rough conversion from EUR cents to each currency's minor units.
EUR_RATE: dict[str, float] = {"EUR": 1.0, "USD": 1.08, "GBP": 0.85, "CNY": 7.8, "IRR": 480000.0}

LOST_REASONS: dict[str, tuple[str, ...]] = {
    "fa": ("قیمت بالا", "رقیب را انتخاب کرد", "بودجه ندارد"),
    "zh": ("价格太高", "选择了竞争对手", "没有预算"),
    "sk": ("Príliš vysoká cena", "Vybrali si konkurenciu", "Nemajú rozpočet"),
    "en": ("Price too high", "Chose a competitor", "No budget"),
}

COMPETITORS: tuple[str, ...] = (
    "Acme Supply",
    "TatraTrade s.r.o.",
    "华星贸易",
    "پارس کالا",
    "Northwind Wholesale",
    "Kovex a.s.",
)

DEAL_WORDS: dict[str, str] = {"fa": "پیشنهاد", "zh": "报价", "sk": "Ponuka", "en": "Offer"}

PERSONAL: dict[str, tuple[str, ...]] = {
    "fa": ("دو فرزند دارد؛ به کوهنوردی علاقه دارد.", "چای سبز دوست دارد.", "طرفدار فوتبال است."),
    "zh": ("有两个孩子，喜欢爬山。", "喜欢喝绿茶。", "是足球迷。"),
    "sk": ("Má dve deti, rád chodí na turistiku.", "Pije iba zelený čaj.", "Fanúšik hokeja."),
    "en": ("Two children; enjoys hiking.", "Prefers green tea.", "Big football fan."),
}
