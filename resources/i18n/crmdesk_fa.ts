<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="96"/>
        <source>&amp;New File…</source>
        <translation>پروندهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="97"/>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="98"/>
        <source>Save a &amp;Copy…</source>
        <translation>ذخیرهٔ یک &amp;رونوشت…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="99"/>
        <source>New &amp;Demo File…</source>
        <translation>پروندهٔ &amp;نمایشی جدید…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="100"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="101"/>
        <source>&amp;Backups…</source>
        <translation>&amp;پشتیبان‌ها…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="102"/>
        <source>&amp;Clear List</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="104"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="106"/>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="107"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;ثبت تعامل…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="109"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>&amp;About crmdesk</source>
        <translation>&amp;دربارهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Follow the &amp;System</source>
        <translation>پیروی از &amp;سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="114"/>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Start a new, empty crmdesk file</source>
        <translation>یک پروندهٔ خالی crmdesk تازه بسازید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Open another crmdesk file</source>
        <translation>پروندهٔ crmdesk دیگری را باز کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Write a copy of this file somewhere else</source>
        <translation>رونوشتی از این پرونده در جای دیگری بنویسید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="121"/>
        <source>Make a file full of sample customers to explore</source>
        <translation>پرونده‌ای پر از مشتریان نمونه برای آشنایی بسازید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Bring in customers from Excel, CSV or vCard</source>
        <translation>مشتریان را از Excel، CSV یا vCard بیاورید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Search people, companies, deals, tickets and notes</source>
        <translation>جستجو در افراد، شرکت‌ها، معامله‌ها، درخواست‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="125"/>
        <source>Log a call, meeting, email, message, visit or note</source>
        <translation>ثبت تماس، جلسه، ایمیل، پیام، بازدید یا یادداشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="127"/>
        <source>Read this page again from the file</source>
        <translation>این صفحه را دوباره از پرونده بخوانید</translation>
    </message>
</context>
<context>
    <name>AddFieldDialog</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="137"/>
        <source>Add a custom field</source>
        <translation>افزودن فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="139"/>
        <source>e.g. Preferred language</source>
        <translation>مثلاً زبان ترجیحی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="143"/>
        <source>Options, separated by commas</source>
        <translation>گزینه‌ها، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="149"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="150"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="151"/>
        <source>Options</source>
        <translation>گزینه‌ها</translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="131"/>
        <source>Add address</source>
        <translation>افزودن نشانی</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="45"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="50"/>
        <source>crmdesk keeps copies of this file in %1. The newest is at the top.</source>
        <translation>crmdesk رونوشت‌هایی از این پرونده را در %1 نگه می‌دارد. تازه‌ترین در بالاست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="64"/>
        <source>There are no backups of this file yet.</source>
        <translation>هنوز پشتیبانی از این پرونده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="67"/>
        <source>Restore as a New File…</source>
        <translation>بازگردانی به‌صورت پروندهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="69"/>
        <source>Open Folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="95"/>
        <source>Restore as a New File</source>
        <translation>بازگردانی به‌صورت پروندهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="97"/>
        <source>crmdesk files (*.crm)</source>
        <translation>پرونده‌های crmdesk (*.crm)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="105"/>
        <source>That file exists; choose another name.</source>
        <translation>این پرونده از قبل وجود دارد؛ نام دیگری برگزینید.</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="281"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="285"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="290"/>
        <source>Year (optional)</source>
        <translation>سال (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="294"/>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="295"/>
        <source>Birth day</source>
        <translation>روز تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="296"/>
        <source>Birth month</source>
        <translation>ماه تولد</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="94"/>
        <source>Remove tag “%1”</source>
        <translation>حذف برچسب «%1»</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="149"/>
        <source>Nothing found for “%1”</source>
        <translation>چیزی برای «%1» پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions</source>
        <translation>فرمان‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions and Pages</source>
        <translation>فرمان‌ها و صفحه‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="300"/>
        <source>Search people, companies, deals… or type a command</source>
        <translation>جستجوی اشخاص، شرکت‌ها، معامله‌ها… یا نوشتن یک فرمان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="301"/>
        <source>Search and commands</source>
        <translation>جستجو و فرمان‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="302"/>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="42"/>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="43"/>
        <source>Any industry</source>
        <translation>همهٔ صنعت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="44"/>
        <source>Any size</source>
        <translation>همهٔ اندازه‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="45"/>
        <source>Any lifecycle</source>
        <translation>همهٔ مرحله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="61"/>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="82"/>
        <source>New Company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="62"/>
        <source>Name of the company:</source>
        <translation>نام شرکت:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="63"/>
        <source>Add Company</source>
        <translation>افزودن شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="80"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="81"/>
        <source>All companies</source>
        <translation>همهٔ شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="83"/>
        <source>No companies yet</source>
        <translation>هنوز شرکتی ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="84"/>
        <source>Add one or import your Excel file.</source>
        <translation>یک شرکت اضافه کنید یا فایل اکسل خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="85"/>
        <source>No companies match these filters</source>
        <translation>هیچ شرکتی با این فیلترها پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="86"/>
        <source>Try fewer filters, or clear them to see them all.</source>
        <translation>فیلترهای کمتری بگذارید، یا پاکشان کنید تا همه را ببینید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="92"/>
        <source>%1 of 1 company</source>
        <translation>%1 از ۱ شرکت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="94"/>
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 از %Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>1 company</source>
        <translation>۱ شرکت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="101"/>
        <source>1 company moved to the trash.</source>
        <translation>۱ شرکت به سطل زباله رفت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="102"/>
        <source>%Ln companies moved to the trash.</source>
        <translation>
            <numerusform>%Ln شرکت به سطل زباله رفت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="101"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="107"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="124"/>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="162"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="161"/>
        <source>People (%1)</source>
        <translation>افراد (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="164"/>
        <source>Nobody from this company yet. Set a person&apos;s company on their page.</source>
        <translation>هنوز کسی از این شرکت ثبت نشده است. شرکتِ هر فرد را در صفحهٔ خودش تعیین کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/company_detail.py" line="167"/>
        <source>and %Ln more (see the contact list)</source>
        <translation>
            <numerusform>و %Ln نفر دیگر (در فهرست مخاطبان)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="44"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="45"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="46"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="47"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="48"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="49"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="50"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="51"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="52"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="55"/>
        <source>Lifecycle</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="60"/>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="63"/>
        <source>Added</source>
        <translation>تاریخ ثبت</translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="70"/>
        <source>Person</source>
        <translation>مشخصات فردی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="71"/>
        <source>Name as written</source>
        <translation>نام، همان‌طور که نوشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="83"/>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="85"/>
        <source>Type to find a company</source>
        <translation>برای یافتن شرکت تایپ کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="91"/>
        <source>Sales and consent</source>
        <translation>فروش و رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="97"/>
        <source>Agreed to receive marketing</source>
        <translation>با دریافت پیام‌های تبلیغاتی موافق است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="103"/>
        <source>e.g. signed form, website</source>
        <translation>مثلاً فرم امضاشده، وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="107"/>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="108"/>
        <source>Family, hobbies, preferences…</source>
        <translation>خانواده، سرگرمی‌ها، علایق…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="154"/>
        <source>%1 at %2</source>
        <translation>%1 در %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="44"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="45"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="48"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="53"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="54"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="55"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="58"/>
        <source>Lifecycle</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="65"/>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="72"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="80"/>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="87"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="94"/>
        <source>Added</source>
        <translation>تاریخ ثبت</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="55"/>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="56"/>
        <source>Make the two selected contacts one</source>
        <translation>یکی کردن دو مخاطب انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="77"/>
        <source>Contacts merged.</source>
        <translation>مخاطبان ادغام شدند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="84"/>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="85"/>
        <source>Any lifecycle</source>
        <translation>همهٔ مرحله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="86"/>
        <source>Any source</source>
        <translation>همهٔ منبع‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="87"/>
        <source>Any deals</source>
        <translation>با یا بدون معامله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="90"/>
        <source>Birthday this month</source>
        <translation>تولد در این ماه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="98"/>
        <source>Birthday in %1</source>
        <translation>تولد در %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>Has an open deal</source>
        <translation>دارای معاملهٔ باز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>No open deal</source>
        <translation>بدون معاملهٔ باز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="137"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="138"/>
        <source>All contacts</source>
        <translation>همهٔ مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="139"/>
        <source>New Contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="140"/>
        <source>No contacts yet</source>
        <translation>هنوز مخاطبی ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="141"/>
        <source>Add one or import your Excel file.</source>
        <translation>یک مخاطب اضافه کنید یا فایل اکسل خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="142"/>
        <source>No contacts match these filters</source>
        <translation>هیچ مخاطبی با این فیلترها پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="143"/>
        <source>Try fewer filters, or clear them to see everyone.</source>
        <translation>فیلترهای کمتری بگذارید، یا پاکشان کنید تا همه را ببینید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="149"/>
        <source>%1 of 1 contact</source>
        <translation>%1 از ۱ مخاطب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="151"/>
        <source>%1 of %Ln contacts</source>
        <translation>
            <numerusform>%1 از %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>1 contact</source>
        <translation>۱ مخاطب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="158"/>
        <source>1 contact moved to the trash.</source>
        <translation>۱ مخاطب به سطل زباله رفت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="159"/>
        <source>%Ln contacts moved to the trash.</source>
        <translation>
            <numerusform>%Ln مخاطب به سطل زباله رفتند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../crmdesk/app.py" line="130"/>
        <source>crmdesk hit a bug</source>
        <translation>crmdesk به یک اشکال برخورد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="132"/>
        <source>Something went wrong inside crmdesk.</source>
        <translation>مشکلی درون crmdesk پیش آمد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="134"/>
        <source>Your data is safe: each change is saved whole or not at all. The details were written to:
%1
Please send that file with a short note of what you did.</source>
        <translation>داده‌های شما در امان است: هر تغییر یا کامل ذخیره می‌شود یا اصلاً ذخیره نمی‌شود. جزئیات در این پرونده نوشته شد:
%1
لطفاً آن را همراه با توضیح کوتاهی از کاری که انجام می‌دادید بفرستید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="141"/>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="143"/>
        <source>Quit crmdesk</source>
        <translation>خروج از crmdesk</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="79"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="80"/>
        <source>Add field…</source>
        <translation>افزودن فیلد…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="105"/>
        <source>No custom fields yet. Add one for anything else you track.</source>
        <translation>هنوز فیلد سفارشی ندارید. برای هر چیز دیگری که پیگیری می‌کنید یکی اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="229"/>
        <source>Clear the date</source>
        <translation>پاک کردن تاریخ</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="78"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="79"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="81"/>
        <source>The dates in %1 can be read two ways, like 03/04/2024. How are they written?</source>
        <translation>تاریخ‌های %1 را می‌توان به دو شکل خواند، مثل 03/04/2024. به چه ترتیبی نوشته شده‌اند؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="84"/>
        <source>Day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="85"/>
        <source>Month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="95"/>
        <source>%1: “%2” is %3</source>
        <translation>%1: «%2» یعنی %3</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="259"/>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="270"/>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="143"/>
        <source>Search Again</source>
        <translation>جستجوی دوباره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="144"/>
        <source>Compare:</source>
        <translation>مقایسه:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="146"/>
        <source>No duplicates found</source>
        <translation>هیچ تکراری پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="147"/>
        <source>No two people share an email, a phone, or a name at the same company.</source>
        <translation>هیچ دو نفری ایمیل، تلفن یا نام یکسان در یک شرکت ندارند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="149"/>
        <source>Looking for people who are in the file twice…</source>
        <translation>در حال یافتن افرادی که دو بار در فایل آمده‌اند…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="156"/>
        <source>1 group of people who may be the same</source>
        <translation>۱ گروه از افرادی که شاید یک نفر باشند</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="158"/>
        <source>%Ln groups of people who may be the same</source>
        <translation>
            <numerusform>%Ln گروه از افرادی که شاید یک نفر باشند</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="159"/>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="213"/>
        <source>Same email: %1</source>
        <translation>ایمیل یکسان: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="214"/>
        <source>Same phone: %1</source>
        <translation>تلفن یکسان: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="215"/>
        <source>Same name and company</source>
        <translation>نام و شرکت یکسان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="220"/>
        <source>Similar names (%1% alike)</source>
        <translation>نام‌های مشابه (%1٪ شباهت)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="267"/>
        <source>“%1” was merged into “%2”.</source>
        <translation>«%1» با «%2» ادغام شد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="268"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="59"/>
        <source>Cannot Open File</source>
        <translation>پرونده باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="61"/>
        <source>“%1” cannot be opened.</source>
        <translation>«%1» باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="63"/>
        <source>Open Another File…</source>
        <translation>باز کردن پروندهٔ دیگر…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="71"/>
        <source>Open a crmdesk File</source>
        <translation>باز کردن پروندهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>New crmdesk File</source>
        <translation>پروندهٔ crmdesk جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="98"/>
        <source>“%1” already exists. crmdesk never replaces a file: choose another name.</source>
        <translation>«%1» از قبل وجود دارد. crmdesk هرگز پرونده‌ای را جایگزین نمی‌کند: نام دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="105"/>
        <source>crmdesk files (*.crm);;All files (*)</source>
        <translation>پرونده‌های crmdesk (*.crm);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="133"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="140"/>
        <source>Save a Copy</source>
        <translation>ذخیرهٔ یک رونوشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="142"/>
        <source>Copy saved to %1</source>
        <translation>رونوشت در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="174"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="198"/>
        <source>New Demo File</source>
        <translation>پروندهٔ نمایشی جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <source>Demo</source>
        <translation>نمایشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="168"/>
        <source>Making a demo file with sample customers…</source>
        <translation>در حال ساختن پروندهٔ نمایشی با مشتریان نمونه…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="169"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="195"/>
        <source>unknown error</source>
        <translation>خطای ناشناخته</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="199"/>
        <source>The demo file could not be made.</source>
        <translation>پروندهٔ نمایشی ساخته نشد.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="85"/>
        <source>Choose a File</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="89"/>
        <source>Excel, OpenDocument, CSV or vCard. Nothing is written to crmdesk until you press Import.</source>
        <translation>اکسل، OpenDocument، CSV یا vCard. تا دکمهٔ «وارد کردن» را نزنید چیزی در crmdesk نوشته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="94"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="98"/>
        <source>Drop a spreadsheet here</source>
        <translation>صفحه‌گسترده را اینجا رها کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="99"/>
        <source>xlsx, xlsm, xls, ods, csv, tsv or vcf</source>
        <translation>xlsx، xlsm، xls، ods، csv، tsv یا vcf</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="100"/>
        <source>Choose a File…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="102"/>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="103"/>
        <source>or type the path of a file</source>
        <translation>یا مسیر فایل را بنویسید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="104"/>
        <source>The file holds</source>
        <translation>محتوای فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>Contacts with their emails, phones and companies</source>
        <translation>مخاطبان با ایمیل، تلفن و شرکتشان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Organisations: name, industry, website, address</source>
        <translation>سازمان‌ها: نام، صنعت، وب‌سایت، نشانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Purchase history, linked to the customers who bought</source>
        <translation>سابقهٔ خرید، پیوند خورده به مشتریان خریدار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="114"/>
        <source>Import History…</source>
        <translation>سابقهٔ ورود داده…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="131"/>
        <source>Spreadsheets and contact files</source>
        <translation>صفحه‌گسترده‌ها و فایل‌های مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="133"/>
        <source>All files</source>
        <translation>همهٔ فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="136"/>
        <source>Import a File</source>
        <translation>وارد کردن فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="152"/>
        <source>Choose a file to import.</source>
        <translation>فایلی را برای وارد کردن انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="154"/>
        <source>There is no file at “%1”.</source>
        <translation>فایلی در «%1» نیست.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="235"/>
        <source>Search by name or email…</source>
        <translation>جستجو با نام یا ایمیل…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="236"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="237"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="238"/>
        <source>Show everything again</source>
        <translation>نمایش دوبارهٔ همه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="239"/>
        <source>Save as segment…</source>
        <translation>ذخیره به‌عنوان سگمنت…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="240"/>
        <source>Keep this filter under a name to reopen it later</source>
        <translation>این فیلتر را با یک نام نگه دارید تا بعداً دوباره بازش کنید</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="94"/>
        <source>Import &amp;History…</source>
        <translation>&amp;سابقهٔ ورود داده…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="95"/>
        <source>See past imports and undo one</source>
        <translation>ورودهای پیشین را ببینید و یکی را واگردانید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="96"/>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>یافتن مخاطبان &amp;تکراری…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="97"/>
        <source>People who are in the file twice, to merge</source>
        <translation>افرادی که دو بار در فایل آمده‌اند، برای ادغام</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="19"/>
        <source>crmdesk ID</source>
        <translation>شناسهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="20"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="71"/>
        <source>Email</source>
        <extracomment>Keys of ``Draft.preview()`` that are not plain record fields.</extracomment>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="21"/>
        <source>Email type</source>
        <translation>نوع ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="22"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="72"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="23"/>
        <source>Phone type</source>
        <translation>نوع تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="24"/>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="25"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="26"/>
        <source>Region / state</source>
        <translation>استان / ایالت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="27"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="28"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="29"/>
        <source>Address type</source>
        <translation>نوع نشانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="30"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="81"/>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="31"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="82"/>
        <source>Customer email</source>
        <translation>ایمیل مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="32"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="83"/>
        <source>Customer phone</source>
        <translation>تلفن مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="33"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="74"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="84"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="34"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="35"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="36"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="85"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="37"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="86"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="38"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="87"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="39"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="40"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="41"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="42"/>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="43"/>
        <source>Birth month</source>
        <translation>ماه تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="44"/>
        <source>Birth day</source>
        <translation>روز تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="45"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="46"/>
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ چرخهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="47"/>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="48"/>
        <source>Lead score</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="49"/>
        <source>Marketing consent</source>
        <translation>رضایت بازاریابی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="50"/>
        <source>Consent date</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="51"/>
        <source>Personal details</source>
        <translation>جزئیات شخصی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="52"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="53"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="54"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="88"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="55"/>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="56"/>
        <source>Company size</source>
        <translation>اندازهٔ شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="57"/>
        <source>Tax ID</source>
        <translation>شناسهٔ مالیاتی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="58"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="75"/>
        <source>Order number</source>
        <translation>شمارهٔ سفارش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="59"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="76"/>
        <source>Order date</source>
        <translation>تاریخ سفارش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="60"/>
        <source>Customer number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="61"/>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="62"/>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="63"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="64"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="65"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="77"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="66"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="78"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="67"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="79"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="73"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="80"/>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="92"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="93"/>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="96"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="97"/>
        <source>companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="100"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="101"/>
        <source>orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="105"/>
        <source>Day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="106"/>
        <source>Month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="107"/>
        <source>Year first</source>
        <translation>اول سال</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="108"/>
        <source>Import History</source>
        <translation>سابقهٔ ورود داده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="111"/>
        <source>Every import into this file. Undoing one removes what it created and gives the fields it changed their old values back.</source>
        <translation>همهٔ ورودهای داده به این فایل. واگرداندن یک ورود، هر چه ساخته حذف می‌کند و مقدار پیشین فیلدهایی را که تغییر داده برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Created</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="119"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="123"/>
        <source>No imports yet</source>
        <translation>هنوز داده‌ای وارد نشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="124"/>
        <source>Files you import appear here, and each import can be undone.</source>
        <translation>فایل‌هایی که وارد می‌کنید اینجا می‌آیند و هر ورود را می‌توان واگرداند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="126"/>
        <source>Undo Import…</source>
        <translation>واگرداندن ورود…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="127"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="134"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="168"/>
        <source>Undone %1</source>
        <translation>واگردانده در %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="169"/>
        <source>Imported</source>
        <translation>وارد شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="184"/>
        <source>Undo the import of “%1” (%2)? What it created is removed and the fields it changed get their old values back.</source>
        <translation>ورود «%1» (%2) واگردانده شود؟ هر چه ساخته حذف می‌شود و فیلدهایی که تغییر داده مقدار پیشین خود را می‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import?</source>
        <translation>ورود واگردانده شود؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import</source>
        <translation>واگرداندن ورود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="198"/>
        <source>The import was undone.</source>
        <translation>ورود داده واگردانده شد.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="58"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="59"/>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="60"/>
        <source>Skip</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="61"/>
        <source>Fails</source>
        <translation>ناموفق</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="163"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel Import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="205"/>
        <source>Import a Spreadsheet</source>
        <translation>وارد کردن صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="206"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="143"/>
        <source>Mark as done</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="144"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="29"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="30"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="31"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="32"/>
        <source>Former customer</source>
        <translation>مشتری سابق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="35"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="36"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="37"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="67"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="40"/>
        <source>Given name first</source>
        <translation>اول نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="41"/>
        <source>Family name first</source>
        <translation>اول نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="44"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="45"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="46"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="47"/>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="48"/>
        <source>Choice from a list</source>
        <translation>انتخاب از فهرست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="51"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="52"/>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="53"/>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="54"/>
        <source>Shipped</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="56"/>
        <source>Returned</source>
        <translation>مرجوع‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="59"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="60"/>
        <source>In progress</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="61"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="62"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="63"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="65"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="66"/>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="70"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="73"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="79"/>
        <source>Billing</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="80"/>
        <source>Shipping</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="84"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="85"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="86"/>
        <source>Given name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="87"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="88"/>
        <source>Name order</source>
        <translation>ترتیب نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="89"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="90"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="91"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="92"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="93"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="95"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="96"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="94"/>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="97"/>
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="98"/>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="99"/>
        <source>Lead score</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="100"/>
        <source>Marketing consent</source>
        <translation>رضایت بازاریابی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="101"/>
        <source>Consent date</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="102"/>
        <source>Consent source</source>
        <translation>منبع رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="103"/>
        <source>Personal details</source>
        <translation>جزئیات شخصی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="104"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="105"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="106"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="107"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="108"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="109"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="110"/>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="111"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="112"/>
        <source>Company size</source>
        <translation>اندازهٔ شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="113"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="114"/>
        <source>Tax ID</source>
        <translation>شناسهٔ مالیاتی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="137"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="138"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="73"/>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="79"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Add Tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Remove Tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="91"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln مورد انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="101"/>
        <source>Select at most %Ln rows to change them all at once.</source>
        <translation>
            <numerusform>برای تغییر گروهی، حداکثر %Ln ردیف انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="164"/>
        <source>Tag for the selected record:</source>
        <translation>برچسب برای رکورد انتخاب‌شده:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="166"/>
        <source>Tag for the %Ln selected records:</source>
        <translation>
            <numerusform>برچسب برای %Ln رکورد انتخاب‌شده:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="186"/>
        <source>Save Segment</source>
        <translation>ذخیرهٔ سگمنت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="187"/>
        <source>Name of this segment:</source>
        <translation>نام این سگمنت:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="188"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="221"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="222"/>
        <source>Add Tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="223"/>
        <source>Remove Tag…</source>
        <translation>حذف برچسب…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="224"/>
        <source>Lifecycle</source>
        <translation>مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="225"/>
        <source>Set Lifecycle</source>
        <translation>تعیین مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="226"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="227"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>انتقال رکوردهای انتخاب‌شده به سطل زباله (Delete)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="228"/>
        <source>Filter the List</source>
        <translation>فیلتر کردن فهرست</translation>
    </message>
</context>
<context>
    <name>ListShortcuts</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="53"/>
        <source>New &amp;Contact…</source>
        <translation>مخاطب &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="54"/>
        <source>Add a person: name, email, phone and company</source>
        <translation>افزودن شخص: نام، ایمیل، تلفن و شرکت</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="272"/>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="273"/>
        <source>Follow up with %1</source>
        <translation>پیگیری با %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="318"/>
        <source>Choose a person or company from the suggestions.</source>
        <translation>یک شخص یا شرکت را از پیشنهادها انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="319"/>
        <source>Type a name, then choose who this was with.</source>
        <translation>نامی بنویسید و سپس انتخاب کنید این تعامل با چه کسی بود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="345"/>
        <source>Log Interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="347"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;With:</source>
        <translation>&amp;با:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>W&amp;hen:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Notes:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>&amp;Task:</source>
        <translation>&amp;وظیفه:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>D&amp;ue:</source>
        <translation>&amp;سررسید:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="355"/>
        <source>Type to find a person or company</source>
        <translation>برای یافتن شخص یا شرکت بنویسید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="356"/>
        <source>What was it about?</source>
        <translation>دربارهٔ چه بود؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="357"/>
        <source>What was said, agreed or promised</source>
        <translation>چه گفته شد، بر سر چه توافق شد یا چه قولی داده شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="358"/>
        <source>e.g. Interested, sending an offer</source>
        <translation>مثلاً: علاقه‌مند است، پیش‌فاکتور می‌فرستیم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="359"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="360"/>
        <source>No duration</source>
        <translation>بدون مدت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="361"/>
        <source>Duration in minutes</source>
        <translation>مدت به دقیقه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="362"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="363"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="364"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="365"/>
        <source>Add a &amp;follow-up task</source>
        <translation>افزودن &amp;وظیفهٔ پیگیری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="366"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="367"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="369"/>
        <source>%1 saves · Esc cancels</source>
        <translation>%1 ذخیره می‌کند · Esc لغو می‌کند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="384"/>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="385"/>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="386"/>
        <source>No direction</source>
        <translation>بدون جهت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="389"/>
        <source>Low priority</source>
        <translation>اولویت کم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="390"/>
        <source>Normal priority</source>
        <translation>اولویت عادی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="391"/>
        <source>High priority</source>
        <translation>اولویت بالا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="392"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="381"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="382"/>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="383"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="384"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="408"/>
        <source>%1 — crmdesk</source>
        <translation>%1 — crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="429"/>
        <source>No recent files</source>
        <translation>پروندهٔ اخیری نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="501"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Importing spreadsheets</source>
        <translation>وارد کردن صفحه‌گسترده‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Searching</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="447"/>
        <source>Not Yet Available</source>
        <translation>هنوز در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="448"/>
        <source>%1 is not yet available: this part of crmdesk is being built.</source>
        <translation>%1 هنوز در دسترس نیست: این بخش از crmdesk در حال ساخت است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="482"/>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="489"/>
        <source>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Your customers, conversations, deals, tickets and orders in one file on this computer.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;مشتریان، گفتگوها، معامله‌ها، درخواست‌ها و سفارش‌های شما در یک پرونده روی همین رایانه.&lt;/p&gt;&lt;p&gt;قلم‌ها: Noto Sans و Vazirmatn (SIL Open Font License)، WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="493"/>
        <source>About crmdesk</source>
        <translation>دربارهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="503"/>
        <source>No file is open</source>
        <translation>هیچ پرونده‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="505"/>
        <source>Open a crmdesk file, or start a new one. Everything you keep is in that file.</source>
        <translation>یک پروندهٔ crmdesk را باز کنید یا پروندهٔ تازه‌ای بسازید. هر چه نگه می‌دارید در همان پرونده است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="508"/>
        <source>Open a File…</source>
        <translation>باز کردن پرونده…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="509"/>
        <source>New File…</source>
        <translation>پروندهٔ جدید…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="99"/>
        <source>Match the Columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="103"/>
        <source>crmdesk guessed what each column holds; change any of them. Columns it did not recognise become custom fields, so nothing is lost.</source>
        <translation>crmdesk محتوای هر ستون را حدس زده است؛ هر کدام را می‌توانید تغییر دهید. ستون‌های ناشناخته فیلد سفارشی می‌شوند تا چیزی از دست نرود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="108"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="111"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>شماره‌های بدون پیش‌شمارهٔ کشور مربوط به:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="112"/>
        <source>Load Mapping…</source>
        <translation>بارگذاری تطبیق…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="113"/>
        <source>Save Mapping…</source>
        <translation>ذخیرهٔ تطبیق…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="121"/>
        <source>Not set: only numbers written with +</source>
        <translation>تعیین نشده: فقط شماره‌هایی که با + نوشته شده‌اند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="190"/>
        <source>%1 to fields, %2 to new custom fields, %3 not imported</source>
        <translation>%1 به فیلدها، %2 به فیلدهای سفارشی تازه، %3 وارد نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="204"/>
        <source>No column is mapped to a name: people are named by their email or phone, and rows with neither fail.</source>
        <translation>هیچ ستونی به نام تطبیق داده نشده: نام افراد از ایمیل یا تلفنشان گرفته می‌شود و ردیف‌های بدون هر دو ناموفق می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="209"/>
        <source>No column is mapped to the company name: every row fails.</source>
        <translation>هیچ ستونی به نام شرکت تطبیق داده نشده: همهٔ ردیف‌ها ناموفق می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="212"/>
        <source>Not in this file: %1.</source>
        <translation>در این فایل نیست: %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <source>Load a Mapping</source>
        <translation>بارگذاری تطبیق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="273"/>
        <source>Mappings</source>
        <translation>تطبیق‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="248"/>
        <source>This mapping is for %1, but you are importing %2.</source>
        <translation>این تطبیق برای %1 است، اما شما %2 وارد می‌کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="271"/>
        <source>Save the Mapping</source>
        <translation>ذخیرهٔ تطبیق</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="94"/>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="95"/>
        <source>Examples</source>
        <translation>نمونه‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="96"/>
        <source>Import as</source>
        <translation>وارد شود به عنوان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="97"/>
        <source>Label or type</source>
        <translation>برچسب یا نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="119"/>
        <source>(empty in the first rows)</source>
        <translation>(در ردیف‌های نخست خالی است)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="138"/>
        <source>New custom field</source>
        <translation>فیلد سفارشی تازه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="139"/>
        <source>Don&apos;t import</source>
        <translation>وارد نشود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="145"/>
        <source>Import “%1” as</source>
        <translation>«%1» وارد شود به عنوان</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="173"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="174"/>
        <source>Open &amp;Recent</source>
        <translation>پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>&amp;پوسته</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="30"/>
        <source>Merge Contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="33"/>
        <source>Which contact do you keep?</source>
        <translation>کدام مخاطب بماند؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="43"/>
        <source>The other contact&apos;s emails, phones, addresses, tags and whole history move to the one you keep; it then goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>ایمیل‌ها، تلفن‌ها، نشانی‌ها، برچسب‌ها و کل سابقهٔ مخاطب دیگر به مخاطبی که می‌ماند منتقل می‌شود و خودش به سطل زباله می‌رود. با «ویرایش &gt; واگرد» دوباره از هم جدا می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="57"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="202"/>
        <source>Swap</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="203"/>
        <source>Keep the other contact instead</source>
        <translation>به جای این، مخاطب دیگر بماند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="204"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="207"/>
        <source>Emails, phones, addresses and tags of both are kept. Calls, tasks, deals, tickets and orders move to the contact that stays; the other goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>ایمیل‌ها، تلفن‌ها، نشانی‌ها و برچسب‌های هر دو می‌مانند. تماس‌ها، وظیفه‌ها، معامله‌ها، درخواست‌ها و سفارش‌ها به مخاطبی که می‌ماند منتقل می‌شوند و دیگری به سطل زباله می‌رود. با «ویرایش &gt; واگرد» دوباره از هم جدا می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="247"/>
        <source>Stays</source>
        <translation>می‌ماند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="249"/>
        <source>Merged into it, then trashed</source>
        <translation>در آن ادغام و سپس دور انداخته می‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="297"/>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="298"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="37"/>
        <source>New Contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="44"/>
        <source>Full name, as they write it</source>
        <translation>نام کامل، همان‌طور که خودش می‌نویسد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="45"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="46"/>
        <source>+98 912 345 6789</source>
        <translation>+98 912 345 6789</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="47"/>
        <source>Type to find or add a company</source>
        <translation>برای یافتن یا افزودن شرکت تایپ کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="63"/>
        <source>Add Contact</source>
        <translation>افزودن مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="85"/>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="86"/>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="87"/>
        <source>&amp;Company:</source>
        <translation>&amp;شرکت:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/bulk_bar.py" line="112"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="41"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="44"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="50"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="54"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="55"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="56"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="57"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="60"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="64"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="68"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="76"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="54"/>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="66"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="76"/>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="144"/>
        <source>#%1 · added %2</source>
        <extracomment>(choice key for ``merge_contacts``, field label key, how to show it)</extracomment>
        <translation>#%1 · افزوده در %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="57"/>
        <source>This page is not available yet.</source>
        <translation>این صفحه هنوز آماده نیست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="60"/>
        <source>Your deals on a board, stage by stage</source>
        <translation>معامله‌هایتان روی یک تابلو، مرحله به مرحله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="62"/>
        <source>Drag a deal to its next stage and see each stage&apos;s total and the weighted forecast. Until then, each customer&apos;s deals are on their timeline.</source>
        <translation>هر معامله را به مرحلهٔ بعد بکشید و جمع هر مرحله و پیش‌بینی وزنی فروش را ببینید. تا آن زمان، معامله‌های هر مشتری در تاریخچهٔ او هست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="67"/>
        <source>Requests and complaints, none forgotten</source>
        <translation>هیچ درخواست و شکایتی فراموش نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="69"/>
        <source>Status, priority and due date for every request, complaint and question. Until then, each customer&apos;s tickets are on their timeline.</source>
        <translation>وضعیت، اولویت و مهلت هر درخواست، شکایت و پرسش. تا آن زمان، درخواست‌های هر مشتری در تاریخچهٔ او هست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="74"/>
        <source>Every purchase, and what each customer is worth</source>
        <translation>همهٔ خریدها و ارزش هر مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="76"/>
        <source>Purchase history with lifetime value, last purchase and customer segments. Until then, each customer&apos;s orders are on their timeline.</source>
        <translation>سابقهٔ خرید با ارزش طول عمر مشتری، آخرین خرید و سگمنت‌های مشتریان. تا آن زمان، سفارش‌های هر مشتری در تاریخچهٔ او هست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="81"/>
        <source>Reports for the bank, the accountant and Monday&apos;s meeting</source>
        <translation>گزارش برای بانک، حسابدار و جلسهٔ اول هفته</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="83"/>
        <source>Customer lists, pipeline, tickets, activity, birthdays and customer value as PDF, in every language. Until then, each customer&apos;s whole history is on their page.</source>
        <translation>فهرست مشتریان، قیف فروش، درخواست‌ها، فعالیت‌ها، تولدها و ارزش مشتری به‌صورت PDF و به هر زبان. تا آن زمان، کل سابقهٔ هر مشتری در صفحهٔ خودش هست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="89"/>
        <source>Your numbers at a glance</source>
        <translation>آمار کسب‌وکارتان در یک نگاه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="91"/>
        <source>Pipeline by stage, revenue won per month, open tickets by age and activity per week. Until then, Today shows what needs you now.</source>
        <translation>قیف فروش به تفکیک مرحله، درآمد ماهانه از معامله‌های موفق، درخواست‌های باز بر اساس قدمت و فعالیت هفتگی. تا آن زمان، صفحهٔ «امروز» کارهای فوری را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>Not yet available</source>
        <translation>هنوز در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>It will appear here in a coming version.</source>
        <translation>در یکی از نسخه‌های آینده همین‌جا می‌آید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="105"/>
        <source>Coming in a later version</source>
        <translation>به‌زودی در نسخه‌های بعدی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Today</source>
        <translation>رفتن به امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Contacts</source>
        <translation>رفتن به مخاطبان</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="44"/>
        <source>Same as the system</source>
        <translation>مانند سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="50"/>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="51"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="52"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="65"/>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="72"/>
        <source>Local &amp;phone numbers are from:</source>
        <translation>کشورِ &amp;شماره‌های تلفن محلی:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="73"/>
        <source>Default &amp;currency:</source>
        <translation>&amp;واحد پول پیش‌فرض:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="84"/>
        <source>Not chosen (numbers need a +country code)</source>
        <translation>انتخاب نشده (شماره‌ها باید با + و کد کشور باشند)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="184"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="186"/>
        <source>Will be</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="188"/>
        <source>Remarks</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="145"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="148"/>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>هنوز چیزی نوشته نشده است. ردیف‌ها را بررسی کنید، سپس «وارد کردن» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="153"/>
        <source>When a row matches one of the %1 already in crmdesk:</source>
        <translation>وقتی ردیفی با یکی از %1 موجود در crmdesk یکی است:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="156"/>
        <source>Skip the row</source>
        <translation>ردیف رد شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="157"/>
        <source>Update: fill only empty fields</source>
        <translation>به‌روزرسانی: فقط فیلدهای خالی پر شوند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="158"/>
        <source>Update: overwrite with the file&apos;s values</source>
        <translation>به‌روزرسانی: مقدارهای فایل جایگزین شوند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="159"/>
        <source>Create a new record anyway</source>
        <translation>در هر حال رکورد تازه ساخته شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="163"/>
        <source>Only rows with problems</source>
        <translation>فقط ردیف‌های دارای مشکل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="169"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="172"/>
        <source>Import 1 Row</source>
        <translation>وارد کردن ۱ ردیف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="173"/>
        <source>Import %Ln Rows</source>
        <translation>
            <numerusform>وارد کردن %Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="295"/>
        <source>All %Ln rows</source>
        <translation>
            <numerusform>همهٔ %Ln ردیف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="270"/>
        <source>new %1</source>
        <translation>%1 تازه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="271"/>
        <source>%1 updated</source>
        <translation>%1 به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="272"/>
        <source>rows skipped</source>
        <translation>ردیف ردشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="273"/>
        <source>rows that fail</source>
        <translation>ردیف ناموفق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="292"/>
        <source>The first %1 of %2 rows</source>
        <translation>%1 ردیف نخست از %2 ردیف</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="17"/>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="19"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="20"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;خیر</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="99"/>
        <source>Saved to %1’s history</source>
        <translation>در سابقهٔ %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="141"/>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="321"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="335"/>
        <source>Import a Spreadsheet</source>
        <translation>وارد کردن صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="338"/>
        <source>Clear Filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="67"/>
        <source>Log interaction</source>
        <extracomment>Badge hue per lifecycle (lead blue, prospect amber, customer green, former grey).</extracomment>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="68"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation>ثبت تماس، جلسه یا یادداشت (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="69"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="70"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="76"/>
        <source>Contact details</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="79"/>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="80"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="82"/>
        <source>Write an email</source>
        <translation>نوشتن ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="87"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="88"/>
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="90"/>
        <source>Call this number</source>
        <translation>تماس با این شماره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="94"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="95"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="96"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_table_view.py" line="180"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="68"/>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="71"/>
        <source>You can cancel at any moment: then nothing is changed.</source>
        <translation>هر لحظه می‌توانید لغو کنید: در آن صورت چیزی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="74"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing 1 row…</source>
        <translation>در حال وارد کردن ۱ ردیف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>در حال وارد کردن %Ln ردیف…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="86"/>
        <source>Reading rows</source>
        <translation>خواندن ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="87"/>
        <source>Checking rows</source>
        <translation>بررسی ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="88"/>
        <source>Writing records</source>
        <translation>نوشتن رکوردها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="89"/>
        <source>Indexing for search</source>
        <translation>نمایه‌سازی برای جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="103"/>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="119"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 از %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="128"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="139"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>ورود داده لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="143"/>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>ورود داده متوقف شد: %1 چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="147"/>
        <source>The import stopped because of an error. Nothing was changed.</source>
        <translation>ورود داده به دلیل خطا متوقف شد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="265"/>
        <source>Show fewer</source>
        <translation>نمایش کمتر</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="108"/>
        <source>Delete Segment</source>
        <translation>حذف سگمنت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="114"/>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="115"/>
        <source>Segments</source>
        <translation>سگمنت‌ها</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="91"/>
        <source>Sheet and Header Row</source>
        <translation>برگه و ردیف سرستون</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="94"/>
        <source>Check the row with the column names. Rows above it are skipped.</source>
        <translation>ردیف نام ستون‌ها را بررسی کنید. ردیف‌های بالای آن نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="97"/>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="100"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;برگه:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="101"/>
        <source>&amp;Header row:</source>
        <translation>ردیف &amp;سرستون:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="102"/>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="103"/>
        <source>Or click a row in the grid</source>
        <translation>یا روی ردیفی در جدول کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="122"/>
        <source>%1 (about %2 rows)</source>
        <translation>%1 (حدود %2 ردیف)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="125"/>
        <source>— hidden</source>
        <translation>— پنهان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="186"/>
        <source>found by crmdesk</source>
        <translation>یافته‌شده توسط crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="189"/>
        <source>crmdesk found row %1</source>
        <translation>crmdesk ردیف %1 را یافت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="197"/>
        <source>Row %1 holds the names of %2 columns; about %3 rows of data follow.</source>
        <translation>ردیف %1 نام %2 ستون را دارد؛ حدود %3 ردیف داده در پی آن است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="201"/>
        <source>No header row: every row is data, and the %2 columns are named by letter (about %3 rows).</source>
        <translation>بدون ردیف سرستون: همهٔ ردیف‌ها داده‌اند و %2 ستون با حرف نام‌گذاری می‌شوند (حدود %3 ردیف).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="105"/>
        <source>Import Finished</source>
        <translation>ورود داده پایان یافت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="109"/>
        <source>Every row of “%1” is accounted for below.</source>
        <translation>سرنوشت همهٔ ردیف‌های «%1» در زیر آمده است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="112"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="115"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="124"/>
        <source>Save Failed Rows…</source>
        <translation>ذخیرهٔ ردیف‌های ناموفق…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="126"/>
        <source>An Excel file of the rows that failed, with the reason: fix and import it</source>
        <translation>یک فایل اکسل از ردیف‌های ناموفق همراه با دلیل: اصلاحش کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="128"/>
        <source>Undo This Import</source>
        <translation>واگرداندن این ورود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="141"/>
        <source>%1 rows read: %2 created, %3 updated, %4 skipped, %5 failed.</source>
        <translation>%1 ردیف خوانده شد: %2 ساخته، %3 به‌روز، %4 رد و %5 ناموفق.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="152"/>
        <source>%1 created</source>
        <translation>%1 ساخته‌شده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="153"/>
        <source>%1 updated</source>
        <translation>%1 به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="154"/>
        <source>rows skipped</source>
        <translation>ردیف ردشده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="155"/>
        <source>rows failed</source>
        <translation>ردیف ناموفق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Problems (%1)</source>
        <translation>مشکل‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Warnings (%1)</source>
        <translation>هشدارها (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="196"/>
        <source>Save Failed Rows</source>
        <translation>ذخیرهٔ ردیف‌های ناموفق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="198"/>
        <source>Excel workbook</source>
        <translation>کارپوشهٔ اکسل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="212"/>
        <source>1 failed row saved to “%1”.</source>
        <translation>۱ ردیف ناموفق در «%1» ذخیره شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="214"/>
        <source>%Ln failed rows saved to “%1”.</source>
        <translation>
            <numerusform>%Ln ردیف ناموفق در «%1» ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="223"/>
        <source>What this import created is removed, and the fields it changed get their old values back. Records you edited since are moved to the trash instead.</source>
        <translation>هر چه این ورود ساخته حذف می‌شود و فیلدهایی که تغییر داده مقدار پیشین خود را می‌گیرند. رکوردهایی که از آن پس ویرایش کرده‌اید به جای حذف به سطل زباله می‌روند.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo This Import?</source>
        <translation>این ورود واگردانده شود؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo Import</source>
        <translation>واگرداندن ورود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="240"/>
        <source>The import was undone.</source>
        <translation>ورود داده واگردانده شد.</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="132"/>
        <source>Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="133"/>
        <source>Tag name, Enter to add</source>
        <translation>نام برچسب، Enter برای افزودن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="134"/>
        <source>New tag</source>
        <translation>برچسب جدید</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="31"/>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="32"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="33"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="34"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="35"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="36"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="39"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="40"/>
        <source>Moved to trash</source>
        <translation>به سطل زباله رفت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="41"/>
        <source>Restored</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="42"/>
        <source>Merged with a duplicate</source>
        <translation>با یک مورد تکراری ادغام شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="43"/>
        <source>Merged into another contact</source>
        <translation>در مخاطب دیگری ادغام شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="44"/>
        <source>Merge undone</source>
        <translation>ادغام واگردانده شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="66"/>
        <source>just now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>1 minute ago</source>
        <translation>۱ دقیقه پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%Ln دقیقه پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>1 hour ago</source>
        <translation>۱ ساعت پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%Ln ساعت پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="74"/>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="76"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln روز پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>1 month ago</source>
        <translation>۱ ماه پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%Ln ماه پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>1 year ago</source>
        <translation>۱ سال پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%Ln سال پیش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="87"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>%Ln دقیقهٔ دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="89"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>%Ln ساعت دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="91"/>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="92"/>
        <source>in %n days</source>
        <translation>
            <numerusform>%Ln روز دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="96"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="98"/>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="117"/>
        <source>due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="126"/>
        <source>%1 changed</source>
        <translation>%1 تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="195"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="205"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="225"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="226"/>
        <source>Timeline</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="229"/>
        <source>Nothing has happened yet. Log a call or a meeting to start this customer&apos;s history.</source>
        <translation>هنوز رویدادی ثبت نشده است. یک تماس یا جلسه ثبت کنید تا تاریخچهٔ این مشتری آغاز شود.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="170"/>
        <source>Today could not be read. Press %1 to try again.</source>
        <translation>صفحهٔ امروز خوانده نشد. برای تلاش دوباره %1 را بزنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="176"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>“%1” is done.</source>
        <translation>«%1» انجام شد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="246"/>
        <source>Log Interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="249"/>
        <source>Log a call, meeting or note (%1)</source>
        <translation>ثبت تماس، جلسه یا یادداشت (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="252"/>
        <source>You’re all caught up</source>
        <translation>همه‌چیز مرتب است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="254"/>
        <source>Nothing is late or due today, no birthdays this week and no deals or tickets need you. Log a call or a meeting when one happens.</source>
        <translation>امروز کاری عقب نیفتاده یا سررسید نشده، این هفته تولدی نیست و هیچ معامله یا درخواستی منتظر شما نیست. هر تماس یا جلسه‌ای را همان موقع ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Nothing overdue.</source>
        <translation>کار عقب‌افتاده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="145"/>
        <source>Due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <source>Nothing else is due today.</source>
        <translation>امروز کار دیگری سررسید نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>No follow-ups in the next 7 days.</source>
        <translation>در ۷ روز آینده پیگیری‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="53"/>
        <source>Birthdays in the next 7 days</source>
        <translation>تولدهای ۷ روز آینده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="54"/>
        <source>No birthdays this week.</source>
        <translation>این هفته تولدی نیست.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="57"/>
        <source>Deals closing this month</source>
        <translation>معامله‌هایی که این ماه بسته می‌شوند</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="58"/>
        <source>No open deals are expected to close this month.</source>
        <translation>قرار نیست معاملهٔ بازی این ماه بسته شود.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>Tickets past due</source>
        <translation>درخواست‌های گذشته از موعد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>No ticket is late.</source>
        <translation>هیچ درخواستی دیر نشده است.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="68"/>
        <source>Show all %n</source>
        <translation>
            <numerusform>نمایش همهٔ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="92"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="110"/>
        <source>turns %n</source>
        <translation>
            <numerusform>%Ln ساله می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>1 day late</source>
        <translation>۱ روز تأخیر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%Ln روز تأخیر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="162"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="170"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="172"/>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="174"/>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="175"/>
        <source>ddd d MMM</source>
        <comment>short date format</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="179"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="181"/>
        <source>High</source>
        <translation>مهم</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="110"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="118"/>
        <source>1 deleted record</source>
        <translation>۱ رکورد حذف‌شده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="119"/>
        <source>%Ln deleted records</source>
        <translation>
            <numerusform>%Ln رکورد حذف‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="121"/>
        <source>the %Ln most recent are listed</source>
        <translation>
            <numerusform>فقط %Ln مورد آخر نمایش داده می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="153"/>
        <source>1 record restored.</source>
        <translation>۱ رکورد بازگردانده شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="155"/>
        <source>%Ln records restored.</source>
        <translation>
            <numerusform>%Ln رکورد بازگردانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="163"/>
        <source>Empty the Trash</source>
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="164"/>
        <source>Erase everything in the trash for good?</source>
        <translation>همهٔ موارد سطل زباله برای همیشه پاک شوند؟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="165"/>
        <source>Erased records cannot be restored or undone.</source>
        <translation>رکوردهای پاک‌شده را نمی‌توان بازگرداند یا واگرد کرد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="166"/>
        <source>Empty Trash</source>
        <translation>خالی کردن سطل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="178"/>
        <source>The trash is empty now.</source>
        <translation>سطل زباله خالی شد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="182"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="183"/>
        <source>Put the selected records back where they were</source>
        <translation>بازگرداندن رکوردهای انتخاب‌شده به جای قبلی‌شان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="184"/>
        <source>Empty Trash…</source>
        <translation>خالی کردن سطل…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="186"/>
        <source>The trash is empty</source>
        <translation>سطل زباله خالی است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="187"/>
        <source>Deleted contacts, companies, deals and more wait here until you empty it.</source>
        <translation>مخاطبان، شرکت‌ها، معامله‌ها و دیگر موارد حذف‌شده تا وقتی سطل را خالی نکنید اینجا می‌مانند.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="51"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="52"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="53"/>
        <source>Interaction</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="54"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="55"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="56"/>
        <source>Ticket</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="57"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Deleted</source>
        <translation>تاریخ حذف</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_commands.py" line="30"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="23"/>
        <source>Log Interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="46"/>
        <source>Mark Task Done</source>
        <translation>تیک انجام وظیفه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="48"/>
        <source>Mark Task Not Done</source>
        <translation>برداشتن تیک انجام وظیفه</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="59"/>
        <source>1 record merged since the import was kept as it is.</source>
        <translation>۱ رکورد که پس از این ورود ادغام شده بود، دست‌نخورده ماند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="61"/>
        <source>%Ln records merged since the import were kept as they are.</source>
        <translation>
            <numerusform>%Ln رکورد که پس از این ورود ادغام شده بود، دست‌نخورده ماند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="144"/>
        <source>Welcome to crmdesk</source>
        <translation>به crmdesk خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="146"/>
        <source>This file is empty</source>
        <translation>این پرونده خالی است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="150"/>
        <source>Keep every customer, conversation and deal in one file on this computer. Look around in a file full of sample customers, or bring in the spreadsheet you use today.</source>
        <translation>همهٔ مشتریان، گفتگوها و معامله‌ها را در یک پرونده روی همین رایانه نگه دارید. در پرونده‌ای پر از مشتریان نمونه گشتی بزنید، یا صفحه‌گستردهٔ امروزتان را بیاورید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="155"/>
        <source>Create a Demo File</source>
        <translation>ساختن پروندهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="156"/>
        <source>Import a Spreadsheet</source>
        <translation>وارد کردن صفحه‌گسترده</translation>
    </message>
</context>
<context>
    <name>_AddressBlock</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="47"/>
        <source>Address label</source>
        <translation>نوع نشانی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="49"/>
        <source>Street and number</source>
        <translation>خیابان و پلاک</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="50"/>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="51"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="52"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="53"/>
        <source>Country code</source>
        <translation>کد کشور</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="67"/>
        <source>Two-letter country code, e.g. SK, IR, CN</source>
        <translation>کد دوحرفی کشور، مثلاً IR، SK، CN</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="72"/>
        <source>Remove address</source>
        <translation>حذف نشانی</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="47"/>
        <source>Label</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="56"/>
        <source>Stored in international form</source>
        <translation>به شکل بین‌المللی ذخیره شده است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="66"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
</TS>
