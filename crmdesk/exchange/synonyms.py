"""Header words per target field, in English, Slovak/Czech, Persian, Chinese and the exact headers
of common CRM exports (HubSpot, Salesforce API names, Google Contacts, Outlook, Thunderbird).

Headers are compared in ``compact`` form: folded (case, diacritics, Arabic letter variants) with
everything but letters and digits removed, so "First Name", "first_name", "FIRSTNAME" and
"First-name" are one key. Lists are "|"-separated strings to stay readable.
"""

from __future__ import annotations

import re
from functools import cache

from crmdesk.domain.text import fold

_NON_WORD = re.compile(r"[\W_]+")


def compact(text: str) -> str:
    return _NON_WORD.sub("", fold(text))


# Exact headers (after ``compact``). The field must exist in the entity, or be translated by
# ``ENTITY_ALIASES`` (a "Name" column of an orders sheet is the customer's name).
EXACT: dict[str, str] = {
    "record_id": "crmdesk id|crmdesk_id|crmdesk record id",
    "full_name": "name|full name|fullname|display name|contact name|contact|person|customer|"
    "client|customer name|client name|account name|cliente|nombre|meno a priezvisko|cele meno|"
    "jmeno a prijmeni|"
    "celé jméno|kontakt|zakaznik|klient|姓名|全名|名称|联系人|聯絡人|客户|客户名称|客戶|客戶名稱|"
    "收件人姓名|收货人|收貨人|نام و نام خانوادگی|نام کامل|نام|مشتری|نام مشتری|طرف حساب|اسم",
    "given_name": "first name|firstname|given name|givenname|forename|first|meno|krstne meno|"
    "jmeno|krestni jmeno|vorname|prenom|名|名字|نام کوچک|اسم کوچک",
    "family_name": "last name|lastname|family name|familyname|surname|last|priezvisko|prijmeni|"
    "nachname|nom|姓|姓氏|نام خانوادگی|فامیلی|فامیل",
    "email": "email|e-mail|e mail|mail|email address|e-mail address|emailaddress|primary email|"
    "secondary email|email 1|email 2|email 3|e-mail 2 address|e-mail 3 address|"
    "work email|home email|other email|personal email|business email|"
    "emailová adresa|e-mailova adresa|邮箱|电子邮件|电子邮箱|邮件|郵箱|電子郵件|电邮|收件人email|"
    "ایمیل|پست الکترونیک|پست الکترونیکی|رایانامه|آدرس ایمیل",
    "phone": "phone|telephone|phone number|phonenumber|tel|tel.|telefon|telefón|telefonne cislo|"
    "číslo telefónu|phone 1|phone 2|phone 3|contact number|primary phone|fax|fax number|"
    "pager|pager number|mobile|mobile phone|cell|cell phone|handy|mobil|mobilny telefon|"
    "手机|手機|手机号|手机号码|移动电话|موبایل|تلفن همراه|شماره همراه|همراه|电话|電話|"
    "联系电话|聯絡電話|电话号码|تلفن|شماره تلفن|شماره تماس|تماس|تلفن ثابت",
    "company": "company|company name|organization|organisation|organization name|account|"
    "employer|business|azienda|empresa|entreprise|unternehmen|firma|spolocnost|společnost|organizacia|公司|公司名称|单位|單位|企业|"
    "公司名稱|شرکت|نام شرکت|سازمان|موسسه",
    "job_title": "job title|jobtitle|title|position|role|occupation|designation|pozicia|pozice|"
    "funkcia|funkce|职位|职务|職位|職稱|头衔|سمت|عنوان شغلی|شغل|پست سازمانی",
    "department": "department|dept|division|oddelenie|oddělení|部门|部門|دپارتمان|بخش|واحد",
    "street": "street|street address|address|address 1|address line 1|address line 2|address 2|"
    "ulica|adresa|ulice|地址|详细地址|詳細地址|街道|آدرس|نشانی|"
    "خیابان",
    "city": "city|town|locality|mesto|obec|město|城市|市|城市名|شهر",
    "region": "state|region|province|county|state/region|state region|state/province|kraj|"
    "okres|省|省份|地区|州|استان|منطقه",
    "postal_code": "postal code|postcode|post code|zip|zip code|zipcode|zip/postal code|psc|"
    "postovni smerovaci cislo|邮编|邮政编码|郵遞區號|郵政編碼|کد پستی|کدپستی",
    "country": "country|country/region|nation|krajina|zeme|stat|国家|國家|国别|کشور",
    "birthday": "birthday|birth date|birthdate|date of birth|dob|born|datum narodenia|"
    "datum narozeni|narodeniny|生日|出生日期|出生年月日|تاریخ تولد|تولد|زادروز",
    "birthday_year": "birth year|year of birth|rok narodenia|出生年|سال تولد",
    "birthday_month": "birth month|month of birth|mesiac narodenia|出生月|ماه تولد",
    "birthday_day": "birth day|day of birth|den narodenia|出生日|روز تولد",
    "gender": "gender|sex|pohlavie|pohlavi|性别|性別|جنسیت|جنس",
    "lifecycle": "lifecycle|lifecycle stage|lifecyclestage|customer type|contact type|stage|"
    "faza|typ kontaktu|客户阶段|阶段|客户类型|مرحله|نوع مشتری",
    "lead_source": "lead source|leadsource|source|original source|how did you hear|channel|"
    "zdroj|来源|客户来源|來源|منبع|نحوه آشنایی|منبع سرنخ",
    "lead_score": "lead score|score|hubspot score|rating|skore|评分|分数|امتیاز",
    "marketing_consent": "marketing consent|consent|opt in|optin|email opt in|subscribed|"
    "newsletter|marketing emails|gdpr consent|suhlas|súhlas so spracovaním|souhlas|同意|"
    "订阅|رضایت|رضایت بازاریابی|عضویت خبرنامه",
    "consent_date": "consent date|opt in date|datum suhlasu|同意日期|تاریخ رضایت",
    "tags": "tags|tag|labels|categories|category|groups|group membership|keywords|stitky|"
    "štítky|znacky|标签|標籤|分组|برچسب|برچسب ها|تگ|دسته بندی",
    "notes": "notes|note|comments|comment|description|remarks|memo|poznamka|poznamky|"
    "poznámka|popis|备注|備註|说明|說明|评论|یادداشت|توضیحات|ملاحظات",
    "personal_details": "personal details|personal|hobbies|family|osobne|爱好|علایق",
    "website": "website|web site|web|url|homepage|home page|web page|webpage|web page 1|"
    "website url|web stranka|webova stranka|网站|網站|网址|網址|主页|وب سایت|وبسایت|سایت",
    "industry": "industry|sector|branch|odvetvie|obor|行业|行業|صنعت|حوزه فعالیت",
    # companies
    "name": "company|company name|organization|organisation|account|account name|name|"
    "firma|nazov firmy|spolocnost|公司|公司名称|企业名称|单位名称|شرکت|نام شرکت",
    "legal_name": "legal name|registered name|obchodne meno|obchodní firma|法定名称|نام ثبتی",
    "size": "company size|employees|number of employees|numberofemployees|headcount|"
    "pocet zamestnancov|员工人数|規模|تعداد کارکنان",
    "tax_id": "tax id|vat|vat id|vat number|tin|ico|ic dph|dic|inn|税号|纳税人识别号|統一編號|"
    "کد اقتصادی|شناسه ملی",
    # orders
    "order_number": "order|order number|order no|order id|order #|ordernumber|invoice|"
    "invoice number|invoice no|nr fattura|cislo objednavky|číslo faktúry|订单号|订单编号|"
    "訂單編號|廠商訂單編號|单号|شماره سفارش|شماره فاکتور",
    "order_date": "order date|date|purchase date|invoice date|date ordered|data fattura|"
    "datum objednavky|datum|下单日期|订单日期|訂單日期|日期|تاریخ سفارش|تاریخ|تاریخ خرید",
    "customer_ref": "customer id|customer number|customer no|client id|account number|"
    "cislo zakaznika|客户编号|客戶編號|کد مشتری",
    "product": "product|product name|item|item name|description|descrizione|descripcion|"
    "article|goods|produkt|"
    "tovar|nazov produktu|商品|商品名称|商品名稱|产品|產品|品名|محصول|کالا|نام کالا|نام محصول",
    "sku": "sku|product id|product code|item code|article number|ean|upc|kod produktu|"
    "商品编号|货号|貨號|کد کالا|کد محصول",
    "quantity": "quantity|qty|units|amount ordered|quantita|cantidad|quantite|menge|pocet|"
    "množstvo|mnozstvo|pocet ks|数量|數量|"
    "件数|تعداد|مقدار",
    "unit_price": "unit price|price|price each|unit cost|rate|prezzo|prezzo unitario|precio|"
    "precio unitario|prix|prix unitaire|preis|einzelpreis|cena|jednotkova cena|cena za ks|"
    "单价|單價|价格|قیمت|قیمت واحد|فی",
    "total": "total|amount|sales|revenue|line total|order total|total amount|grand total|"
    "importo|suma|celkom|spolu|金额|總額|总额|总计|订单金额|訂單金額|合计|مبلغ|مبلغ کل|جمع|جمع کل",
    "currency": "currency|currency code|valuta|mena|měna|币种|幣別|货币|貨幣|واحد پول|ارز",
    "status": "status|order status|ticket status|stav|状态|狀態|وضعیت",
    # deals
    "title": "deal|deal name|opportunity|opportunity name|title|name|obchod|názov obchodu|"
    "商机|商機|机会名称|معامله|عنوان",
    "value": "value|deal value|amount|deal amount|opportunity amount|hodnota|金额|价值|ارزش|مبلغ",
    "stage": "stage|deal stage|pipeline stage|faza|阶段|مرحله",
    "expected_close": "close date|expected close|expected close date|closedate|"
    "ocakavane uzavretie|预计成交日期|تاریخ بستن",
    "closed_at": "closed|closed date|closed on|date closed|won date|datum uzavretia|成交日期",
    "lost_reason": "lost reason|closed lost reason|reason lost|dovod straty|丢单原因|"
    "دلیل از دست دادن",
    # tickets
    "number": "ticket|ticket number|ticket id|case number|case id|cislo tiketu|工单号|شماره تیکت",
    "subject": "subject|title|summary|issue|predmet|主题|標題|标题|موضوع",
    "body": "description|details|message|body|text|popis|内容|描述|詳情|شرح|متن",
    "priority": "priority|urgency|priorita|优先级|優先級|اولویت",
    "category": "category|type|ticket type|case type|kategoria|typ|类别|類別|分类|دسته|نوع",
    "channel": "channel|origin|case origin|source|kanal|渠道|来源|کانال",
    "opened_at": "opened|created|created date|date opened|open date|createddate|datum vytvorenia|"
    "创建时间|建立日期|تاریخ ایجاد",
    "due_at": "due|due date|deadline|termin|截止日期|مهلت",
    "resolved_at": "resolved|resolved date|date resolved|closed date|datum vyriesenia|解决时间|"
    "تاریخ حل",
    "resolution": "resolution|solution|riesenie|解决方案|راه حل",
    "satisfaction": "satisfaction|csat|rating|spokojnost|满意度|رضایت مشتری",
}

# A header that is a label word plus one of these is that field with that label/group
# ("Work Phone", "Mobile Number", "Home City", "BILLINGSTREET", "Business Fax").
LABEL_WORDS = (
    "home|work|business|office|mobile|cell|billing|shipping|mailing|other|primary|main|private|"
    "personal|fax|pager|secondary"
)
LABELLED: dict[str, str] = {
    "phone": "phone|number|telephone|tel|phone number",
    "email": "email|e-mail|email address|e-mail address",
    "street": "street|address|address 2|street 2|address line 2|street address",
    "city": "city",
    "region": "state|region|province",
    "postal_code": "postal code|zip|zip code|zipcode|postalcode",
    "country": "country|country/region",
}

# Fallback: the header contains one of these (compact) pieces. Order matters: first wins.
CONTAINS: tuple[tuple[str, str], ...] = (
    ("email_label", "emailtype"),
    ("phone_label", "phonetype"),
    ("email", "email|mail|邮箱|郵箱|邮件|ایمیل|پستالکترونیک"),
    ("phone", "phone|telef|mobil|手机|手機|电话|電話|تلفن|موبایل|همراه|تماس"),
    ("postal_code", "zip|postal|postcode|psc|邮编|郵遞區號|کدپستی"),
    ("birthday", "birth|narod|生日|出生|تولد"),
    ("website", "website|url|homepage|网站|網站|وبسایت"),
    ("order_number", "ordernumber|orderno|orderid|订单号|訂單編號|شمارهسفارش"),
    ("quantity", "qty|quantity|数量|數量|تعداد"),
    ("unit_price", "unitprice|单价|單價|قیمتواحد"),
    ("total", "total|amount|sum|金额|金額|مبلغ"),
    ("street", "address|street|地址|آدرس|نشانی|adres|ulica"),
    ("city", "city|城市|شهر"),
    ("country", "country|国家|國家|کشور"),
    ("company", "company|organi|公司|شرکت"),
    ("tags", "tag|标签|標籤|برچسب"),
    ("notes", "note|comment|备注|備註|یادداشت|توضیح|poznam"),
    ("full_name", "name|姓名|名称|نام|meno"),
)

# When an entity has no such field, the column feeds this one instead.
ENTITY_ALIASES: dict[str, dict[str, str]] = {
    "companies": {"company": "name", "full_name": "name"},
    "orders": {"full_name": "customer_name", "email": "customer_email", "phone": "customer_phone"},
    "deals": {"full_name": "customer_name", "email": "customer_email", "phone": "customer_phone"},
    "tickets": {"full_name": "customer_name", "email": "customer_email", "phone": "customer_phone"},
}


def spaced(text: str) -> str:
    """Folded, with runs of non-word characters as one space: "Birth Day" stays two words."""
    return _NON_WORD.sub(" ", fold(text)).strip()


@cache
def exact_index(form: str = "compact") -> dict[str, tuple[str, ...]]:
    """header (``compact`` or ``spaced`` form) -> the fields it can mean, in declaration order."""
    shape = compact if form == "compact" else spaced
    index: dict[str, list[str]] = {}
    for key, words in EXACT.items():
        for word in words.split("|"):
            index.setdefault(shape(word), []).append(key)
    return {word: tuple(keys) for word, keys in index.items()}


@cache
def labelled_index() -> dict[str, str]:
    return {compact(word): key for key, words in LABELLED.items() for word in words.split("|")}


@cache
def contains_rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((key, tuple(compact(w) for w in words.split("|"))) for key, words in CONTAINS)
