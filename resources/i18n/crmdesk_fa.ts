<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="24"/>
        <source>Labels</source>
        <comment>No</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="210"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="211"/>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="212"/>
        <source>Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="213"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="214"/>
        <source>Set Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="215"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="216"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="217"/>
        <source>Filter the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="95"/>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="96"/>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="97"/>
        <source>Save a &amp;Copy…</source>
        <translation>ذخیرهٔ یک &amp;رونوشت…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="98"/>
        <source>New &amp;Demo File…</source>
        <translation>پروندهٔ &amp;نمایشی جدید…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="100"/>
        <source>&amp;Backups…</source>
        <translation>&amp;پشتیبان‌ها…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="101"/>
        <source>&amp;Clear List</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="104"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="106"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;ثبت تعامل…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="107"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="109"/>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>&amp;About crmdesk</source>
        <translation>&amp;دربارهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>Follow the &amp;System</source>
        <translation>پیروی از &amp;سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Start a new, empty crmdesk file</source>
        <translation>یک پروندهٔ خالی crmdesk تازه بسازید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Open another crmdesk file</source>
        <translation>پروندهٔ crmdesk دیگری را باز کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Write a copy of this file somewhere else</source>
        <translation>رونوشتی از این پرونده در جای دیگری بنویسید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Make a file full of sample customers to explore</source>
        <translation>پرونده‌ای پر از مشتریان نمونه برای آشنایی بسازید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="121"/>
        <source>Bring in customers from Excel, CSV or vCard</source>
        <translation>مشتریان را از Excel، CSV یا vCard بیاورید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Search people, companies, deals, tickets and notes</source>
        <translation>جستجو در افراد، شرکت‌ها، معامله‌ها، درخواست‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>Log a call, meeting, email, message, visit or note</source>
        <translation>ثبت تماس، جلسه، ایمیل، پیام، بازدید یا یادداشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
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
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="274"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="278"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="283"/>
        <source>Year (optional)</source>
        <translation>سال (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="287"/>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="288"/>
        <source>Birth day</source>
        <translation>روز تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="289"/>
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
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="150"/>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="182"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="182"/>
        <source>Actions and Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Companies</source>
        <translation type="unfinished">شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Tickets</source>
        <translation type="unfinished">درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="200"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="301"/>
        <source>Search people, companies, deals… or type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="302"/>
        <source>Search and commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="303"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="42"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="43"/>
        <source>Any industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="44"/>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="45"/>
        <source>Any lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="61"/>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="82"/>
        <source>New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="62"/>
        <source>Name of the company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="63"/>
        <source>Add Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="80"/>
        <source>Companies</source>
        <translation type="unfinished">شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="81"/>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="83"/>
        <source>No companies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="84"/>
        <source>Add one or import your Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="85"/>
        <source>No companies match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="86"/>
        <source>Try fewer filters, or clear them to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="92"/>
        <source>%1 of 1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="94"/>
        <source>%1 of %Ln companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>%Ln companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="101"/>
        <source>1 company moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="102"/>
        <source>%Ln companies moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="75"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="81"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="96"/>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="131"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="130"/>
        <source>People (%1)</source>
        <translation>افراد (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="133"/>
        <source>Nobody from this company yet. Set a person&apos;s company on their page.</source>
        <translation>هنوز کسی از این شرکت ثبت نشده است. شرکتِ هر فرد را در صفحهٔ خودش تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="136"/>
        <source>and %1 more (see the contact list)</source>
        <translation>و %1 نفر دیگر (در فهرست مخاطبان)</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="44"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="45"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="46"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="47"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="49"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="50"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="51"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="54"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="59"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="62"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="66"/>
        <source>Person</source>
        <translation>مشخصات فردی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="67"/>
        <source>Name as written</source>
        <translation>نام، همان‌طور که نوشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="79"/>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="81"/>
        <source>Type to find a company</source>
        <translation>برای یافتن شرکت تایپ کنید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="87"/>
        <source>Sales and consent</source>
        <translation>فروش و رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="93"/>
        <source>Agreed to receive marketing</source>
        <translation>با دریافت پیام‌های تبلیغاتی موافق است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="99"/>
        <source>e.g. signed form, website</source>
        <translation>مثلاً فرم امضاشده، وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="103"/>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="104"/>
        <source>Family, hobbies, preferences…</source>
        <translation>خانواده، سرگرمی‌ها، علایق…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="150"/>
        <source>%1 at %2</source>
        <translation>%1 در %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="44"/>
        <source>Company</source>
        <translation type="unfinished">شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="47"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="52"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="53"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="54"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="57"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="64"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="71"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="79"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="86"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="93"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="55"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="56"/>
        <source>Make the two selected contacts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="77"/>
        <source>Contacts merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="84"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="85"/>
        <source>Any lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="86"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="87"/>
        <source>Any deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="90"/>
        <source>Birthday this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="98"/>
        <source>Birthday in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>Has an open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>No open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="137"/>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="138"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="139"/>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="140"/>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="141"/>
        <source>Add one or import your Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="142"/>
        <source>No contacts match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="143"/>
        <source>Try fewer filters, or clear them to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="149"/>
        <source>%1 of 1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="151"/>
        <source>%1 of %Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>%Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="158"/>
        <source>1 contact moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="159"/>
        <source>%Ln contacts moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../crmdesk/app.py" line="122"/>
        <source>crmdesk hit a bug</source>
        <translation>crmdesk به یک اشکال برخورد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="124"/>
        <source>Something went wrong inside crmdesk.</source>
        <translation>مشکلی درون crmdesk پیش آمد.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="126"/>
        <source>Your data is safe: each change is saved whole or not at all. The details were written to:
%1
Please send that file with a short note of what you did.</source>
        <translation>داده‌های شما در امان است: هر تغییر یا کامل ذخیره می‌شود یا اصلاً ذخیره نمی‌شود. جزئیات در این پرونده نوشته شد:
%1
لطفاً آن را همراه با توضیح کوتاهی از کاری که انجام می‌دادید بفرستید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="133"/>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="135"/>
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
    <name>DetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="248"/>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="259"/>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="223"/>
        <source>Search by name or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="224"/>
        <source>Search</source>
        <translation type="unfinished">جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="225"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="226"/>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="227"/>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="228"/>
        <source>Keep this filter under a name to reopen it later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="22"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="23"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="24"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="25"/>
        <source>Former customer</source>
        <translation>مشتری سابق</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="28"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="29"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="30"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="45"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="33"/>
        <source>Given name first</source>
        <translation>اول نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="34"/>
        <source>Family name first</source>
        <translation>اول نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="37"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="38"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="39"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="40"/>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="41"/>
        <source>Choice from a list</source>
        <translation>انتخاب از فهرست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="43"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="44"/>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="48"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="51"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="57"/>
        <source>Billing</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="58"/>
        <source>Shipping</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="62"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="63"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="64"/>
        <source>Given name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="65"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="66"/>
        <source>Name order</source>
        <translation>ترتیب نام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="67"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="68"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="69"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="70"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="73"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="74"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="72"/>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="75"/>
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="76"/>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="77"/>
        <source>Lead score</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="78"/>
        <source>Marketing consent</source>
        <translation>رضایت بازاریابی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="79"/>
        <source>Consent date</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="80"/>
        <source>Consent source</source>
        <translation>منبع رضایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="81"/>
        <source>Personal details</source>
        <translation>جزئیات شخصی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="82"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="83"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="84"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="85"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="86"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="87"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="88"/>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="89"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="90"/>
        <source>Company size</source>
        <translation>اندازهٔ شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="91"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="92"/>
        <source>Tax ID</source>
        <translation>شناسهٔ مالیاتی</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="158"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="162"/>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="158"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="162"/>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="90"/>
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="100"/>
        <source>Select at most %Ln rows to change them all at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="159"/>
        <source>Tag for the selected record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="161"/>
        <source>Tag for the %Ln selected records:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="181"/>
        <source>Save Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="182"/>
        <source>Name of this segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="183"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListShortcuts</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="53"/>
        <source>New &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="54"/>
        <source>Add a person: name, email, phone and company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="245"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="246"/>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="291"/>
        <source>Choose a person or company from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="292"/>
        <source>Type a name, then choose who this was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="318"/>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="320"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="322"/>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="322"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="322"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="323"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="323"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="324"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="324"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="328"/>
        <source>Type to find a person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="329"/>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="330"/>
        <source>What was said, agreed or promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="331"/>
        <source>e.g. Interested, sending an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="332"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="333"/>
        <source>No duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="334"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="335"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="336"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="337"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="338"/>
        <source>Add a &amp;follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="339"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="340"/>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="342"/>
        <source>%1 saves · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="352"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="352"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="352"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="357"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="358"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="359"/>
        <source>No direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="362"/>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="363"/>
        <source>Normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="364"/>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="365"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="370"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="371"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="372"/>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="373"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="374"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="398"/>
        <source>%1 — crmdesk</source>
        <translation>%1 — crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="413"/>
        <source>No recent files</source>
        <translation>پروندهٔ اخیری نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="476"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="428"/>
        <source>Importing spreadsheets</source>
        <translation>درون‌ریزی صفحه‌گسترده‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="428"/>
        <source>Searching</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="431"/>
        <source>Not Yet Available</source>
        <translation>هنوز در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="432"/>
        <source>%1 is not yet available: this part of crmdesk is being built.</source>
        <translation>%1 هنوز در دسترس نیست: این بخش از crmdesk در حال ساخت است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="464"/>
        <source>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Your customers, conversations, deals, tickets and orders in one file on this computer.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;مشتریان، گفتگوها، معامله‌ها، درخواست‌ها و سفارش‌های شما در یک پرونده روی همین رایانه.&lt;/p&gt;&lt;p&gt;قلم‌ها: Noto Sans و Vazirmatn (SIL Open Font License)، WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="468"/>
        <source>About crmdesk</source>
        <translation>دربارهٔ crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="478"/>
        <source>No file is open</source>
        <translation>هیچ پرونده‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="480"/>
        <source>Open a crmdesk file, or start a new one. Everything you keep is in that file.</source>
        <translation>یک پروندهٔ crmdesk را باز کنید یا پروندهٔ تازه‌ای بسازید. هر چه نگه می‌دارید در همان پرونده است.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="483"/>
        <source>Open a File…</source>
        <translation>باز کردن پرونده…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="484"/>
        <source>New File…</source>
        <translation>پروندهٔ جدید…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="173"/>
        <source>Open &amp;Recent</source>
        <translation>پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="176"/>
        <source>&amp;Theme</source>
        <translation>&amp;پوسته</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="30"/>
        <source>Merge Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="33"/>
        <source>Which contact do you keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="43"/>
        <source>The other contact&apos;s emails, phones, addresses, tags and whole history move to the one you keep; it then goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="57"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="37"/>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="44"/>
        <source>Full name, as they write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="45"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="46"/>
        <source>+98 912 345 6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="47"/>
        <source>Type to find or add a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="61"/>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="82"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="83"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="84"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="85"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/bulk_bar.py" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="40"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="43"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="49"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="53"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="54"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="55"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="56"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="59"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="63"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="67"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="75"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="43"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="53"/>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="47"/>
        <source>Not yet available</source>
        <translation>هنوز در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="49"/>
        <source>This part of crmdesk is being built. It will appear here in a coming version.</source>
        <translation>این بخش از crmdesk در حال ساخت است و در نسخه‌های آینده همین‌جا می‌آید.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="16"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="18"/>
        <source>Same as the system</source>
        <translation>مانند سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="24"/>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="25"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="26"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="36"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="37"/>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="24"/>
        <source>Labels</source>
        <comment>Yes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="99"/>
        <source>Saved to %1’s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="145"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="311"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="325"/>
        <source>Import a Spreadsheet</source>
        <translation type="unfinished">درون‌ریزی صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="328"/>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="50"/>
        <source>Log interaction</source>
        <extracomment>Badge hue per lifecycle (lead blue, prospect amber, customer green, former grey).</extracomment>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="55"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation>ثبت تماس، جلسه یا یادداشت (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="57"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="58"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="68"/>
        <source>Contact details</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="71"/>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="72"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="74"/>
        <source>Write an email</source>
        <translation>نوشتن ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="79"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="80"/>
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="82"/>
        <source>Call this number</source>
        <translation>تماس با این شماره</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="86"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="87"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="88"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_table_view.py" line="156"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="219"/>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="108"/>
        <source>Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="114"/>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="115"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="114"/>
        <source>Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="119"/>
        <source>Tag name, Enter to add</source>
        <translation>نام برچسب، Enter برای افزودن</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="120"/>
        <source>New tag</source>
        <translation>برچسب جدید</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Today</source>
        <translation type="obsolete">امروز</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="19"/>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="20"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="21"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="22"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="23"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="24"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="27"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="28"/>
        <source>Moved to trash</source>
        <translation>به سطل زباله رفت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="29"/>
        <source>Restored</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="48"/>
        <source>just now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="51"/>
        <source>1 minute ago</source>
        <translation>۱ دقیقه پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="51"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%Ln دقیقه پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="54"/>
        <source>1 hour ago</source>
        <translation>۱ ساعت پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="54"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%Ln ساعت پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="56"/>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="58"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln روز پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="61"/>
        <source>1 month ago</source>
        <translation>۱ ماه پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="61"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%Ln ماه پیش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="63"/>
        <source>1 year ago</source>
        <translation>۱ سال پیش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="63"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%Ln سال پیش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>%Ln دقیقهٔ دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="71"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>%Ln ساعت دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="73"/>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="74"/>
        <source>in %n days</source>
        <translation>
            <numerusform>%Ln روز دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="78"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="80"/>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="89"/>
        <source>%1 changed</source>
        <translation>%1 تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="94"/>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="94"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="193"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="203"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="248"/>
        <source>Timeline</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="208"/>
        <source>Nothing has happened yet. Log a call or a meeting to start this customer&apos;s history.</source>
        <translation>هنوز رویدادی ثبت نشده است. یک تماس یا جلسه ثبت کنید تا تاریخچهٔ این مشتری آغاز شود.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="151"/>
        <source>Today</source>
        <translation type="unfinished">امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="199"/>
        <source>“%1” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="199"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="206"/>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="207"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="209"/>
        <source>You’re all caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="211"/>
        <source>Nothing is late or due today, no birthdays this week and no deals or tickets need you. Log a call or a meeting when one happens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="47"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="47"/>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="48"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="142"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="48"/>
        <source>Nothing else is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>No follow-ups in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>Birthdays in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="52"/>
        <source>No birthdays this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="55"/>
        <source>Deals closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="56"/>
        <source>No open deals are expected to close this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="58"/>
        <source>Tickets past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="58"/>
        <source>No ticket is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="66"/>
        <source>Show all %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="90"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="108"/>
        <source>turns %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="155"/>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="155"/>
        <source>%n days late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="159"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="167"/>
        <source>Today</source>
        <translation type="unfinished">امروز</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="169"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="171"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="172"/>
        <source>ddd d MMM</source>
        <comment>short date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="176"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="178"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="108"/>
        <source>Trash</source>
        <translation type="unfinished">سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="116"/>
        <source>1 deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="117"/>
        <source>%Ln deleted records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="119"/>
        <source>the %Ln most recent are listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="151"/>
        <source>1 record restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="153"/>
        <source>%Ln records restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="161"/>
        <source>Empty the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="162"/>
        <source>Erase everything in the trash for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="163"/>
        <source>Erased records cannot be restored or undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="164"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="176"/>
        <source>The trash is empty now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="180"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="181"/>
        <source>Put the selected records back where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="182"/>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="184"/>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="185"/>
        <source>Deleted contacts, companies, deals and more wait here until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="51"/>
        <source>Contact</source>
        <translation type="unfinished">مخاطب</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="52"/>
        <source>Company</source>
        <translation type="unfinished">شرکت</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="53"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="54"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="55"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="56"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="57"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_commands.py" line="30"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="83"/>
        <source>Welcome to crmdesk</source>
        <translation>به crmdesk خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="85"/>
        <source>This file is empty</source>
        <translation>این پرونده خالی است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="89"/>
        <source>Keep every customer, conversation and deal in one file on this computer. Look around in a file full of sample customers, or bring in the spreadsheet you use today.</source>
        <translation>همهٔ مشتریان، گفتگوها و معامله‌ها را در یک پرونده روی همین رایانه نگه دارید. در پرونده‌ای پر از مشتریان نمونه گشتی بزنید، یا صفحه‌گستردهٔ امروزتان را بیاورید.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="94"/>
        <source>Create a Demo File</source>
        <translation>ساختن پروندهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="95"/>
        <source>Import a Spreadsheet</source>
        <translation>درون‌ریزی صفحه‌گسترده</translation>
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
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="33"/>
        <source>Label</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="40"/>
        <source>Stored in international form</source>
        <translation>به شکل بین‌المللی ذخیره شده است</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="50"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
</TS>
