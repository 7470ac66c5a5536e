<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="96"/>
        <source>&amp;New File…</source>
        <translation>&amp;Nový súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="97"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otvoriť…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="98"/>
        <source>Save a &amp;Copy…</source>
        <translation>Uložiť &amp;kópiu…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="99"/>
        <source>New &amp;Demo File…</source>
        <translation>Nový &amp;ukážkový súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="100"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importovať…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="101"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Zálohy…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="102"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vymazať zoznam</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="104"/>
        <source>&amp;Undo</source>
        <translation>&amp;Vrátiť späť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="106"/>
        <source>&amp;Find…</source>
        <translation>&amp;Hľadať…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="107"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Zaznamenať aktivitu…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="109"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nastavenia…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>&amp;Back</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>&amp;About crmdesk</source>
        <translation>&amp;O aplikácii crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Follow the &amp;System</source>
        <translation>Podľa &amp;systému</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>&amp;Light</source>
        <translation>&amp;Svetlý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="114"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tmavý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Start a new, empty crmdesk file</source>
        <translation>Založiť nový, prázdny súbor crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Open another crmdesk file</source>
        <translation>Otvoriť iný súbor crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Write a copy of this file somewhere else</source>
        <translation>Zapísať kópiu tohto súboru inam</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="121"/>
        <source>Make a file full of sample customers to explore</source>
        <translation>Vytvoriť súbor plný ukážkových zákazníkov na vyskúšanie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Bring in customers from Excel, CSV or vCard</source>
        <translation>Načítať zákazníkov z Excelu, CSV alebo vCard</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Search people, companies, deals, tickets and notes</source>
        <translation>Hľadať ľudí, firmy, obchody, tikety a poznámky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="125"/>
        <source>Log a call, meeting, email, message, visit or note</source>
        <translation>Zaznamenať hovor, stretnutie, e-mail, správu, návštevu alebo poznámku</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="127"/>
        <source>Read this page again from the file</source>
        <translation>Znova načítať túto stránku zo súboru</translation>
    </message>
</context>
<context>
    <name>AddFieldDialog</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="137"/>
        <source>Add a custom field</source>
        <translation>Pridať vlastné pole</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="139"/>
        <source>e.g. Preferred language</source>
        <translation>napr. Preferovaný jazyk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="143"/>
        <source>Options, separated by commas</source>
        <translation>Možnosti oddelené čiarkami</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="149"/>
        <source>Label</source>
        <translation>Názov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="150"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="151"/>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="131"/>
        <source>Add address</source>
        <translation>Pridať adresu</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="45"/>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="50"/>
        <source>crmdesk keeps copies of this file in %1. The newest is at the top.</source>
        <translation>crmdesk uchováva kópie tohto súboru v priečinku %1. Najnovšia je navrchu.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="64"/>
        <source>There are no backups of this file yet.</source>
        <translation>Tento súbor zatiaľ nemá žiadne zálohy.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="67"/>
        <source>Restore as a New File…</source>
        <translation>Obnoviť ako nový súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="69"/>
        <source>Open Folder</source>
        <translation>Otvoriť priečinok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="95"/>
        <source>Restore as a New File</source>
        <translation>Obnoviť ako nový súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="97"/>
        <source>crmdesk files (*.crm)</source>
        <translation>Súbory crmdesk (*.crm)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="105"/>
        <source>That file exists; choose another name.</source>
        <translation>Taký súbor už existuje, zvoľte iný názov.</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="281"/>
        <source>Day</source>
        <translation>Deň</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="285"/>
        <source>Month</source>
        <translation>Mesiac</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="290"/>
        <source>Year (optional)</source>
        <translation>Rok (nepovinné)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="294"/>
        <source>Birth year</source>
        <translation>Rok narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="295"/>
        <source>Birth day</source>
        <translation>Deň narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="296"/>
        <source>Birth month</source>
        <translation>Mesiac narodenia</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="94"/>
        <source>Remove tag “%1”</source>
        <translation>Odstrániť štítok „%1“</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="149"/>
        <source>Nothing found for “%1”</source>
        <translation>Pre „%1“ sa nič nenašlo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions</source>
        <translation>Príkazy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions and Pages</source>
        <translation>Príkazy a stránky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Deals</source>
        <translation>Obchody</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Tickets</source>
        <translation>Tikety</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="300"/>
        <source>Search people, companies, deals… or type a command</source>
        <translation>Hľadajte ľudí, firmy, obchody… alebo napíšte príkaz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="301"/>
        <source>Search and commands</source>
        <translation>Hľadanie a príkazy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="302"/>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="42"/>
        <source>All tags</source>
        <translation>Všetky štítky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="43"/>
        <source>Any industry</source>
        <translation>Všetky odvetvia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="44"/>
        <source>Any size</source>
        <translation>Všetky veľkosti</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="45"/>
        <source>Any lifecycle</source>
        <translation>Všetky fázy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="61"/>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="82"/>
        <source>New Company</source>
        <translation>Nová firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="62"/>
        <source>Name of the company:</source>
        <translation>Názov firmy:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="63"/>
        <source>Add Company</source>
        <translation>Pridať firmu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="80"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="81"/>
        <source>All companies</source>
        <translation>Všetky firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="83"/>
        <source>No companies yet</source>
        <translation>Zatiaľ žiadne firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="84"/>
        <source>Add one or import your Excel file.</source>
        <translation>Pridajte firmu alebo importujte svoj súbor Excel.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="85"/>
        <source>No companies match these filters</source>
        <translation>Filtrom nezodpovedá žiadna firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="86"/>
        <source>Try fewer filters, or clear them to see them all.</source>
        <translation>Skúste menej filtrov alebo ich zrušte a uvidíte všetky.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="92"/>
        <source>%1 of 1 company</source>
        <translation>%1 z 1 firmy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="94"/>
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 z %Ln firmy</numerusform>
            <numerusform>%1 z %Ln firiem</numerusform>
            <numerusform>%1 z %Ln firiem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>1 company</source>
        <translation>1 firma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmy</numerusform>
            <numerusform>%Ln firiem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="101"/>
        <source>1 company moved to the trash.</source>
        <translation>1 firma bola presunutá do koša.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="102"/>
        <source>%Ln companies moved to the trash.</source>
        <translation>
            <numerusform>%Ln firma bola presunutá do koša.</numerusform>
            <numerusform>%Ln firmy boli presunuté do koša.</numerusform>
            <numerusform>%Ln firiem bolo presunutých do koša.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="101"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="107"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="124"/>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="162"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="161"/>
        <source>People (%1)</source>
        <translation>Ľudia (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="164"/>
        <source>Nobody from this company yet. Set a person&apos;s company on their page.</source>
        <translation>Z tejto firmy zatiaľ nikto nie je. Firmu osoby nastavíte na jej stránke.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/company_detail.py" line="167"/>
        <source>and %Ln more (see the contact list)</source>
        <translation>
            <numerusform>a ešte %Ln (pozrite zoznam kontaktov)</numerusform>
            <numerusform>a ešte %Ln (pozrite zoznam kontaktov)</numerusform>
            <numerusform>a ešte %Ln (pozrite zoznam kontaktov)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="44"/>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="45"/>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="46"/>
        <source>Size</source>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="47"/>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="48"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="49"/>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="50"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="51"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="52"/>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="55"/>
        <source>Lifecycle</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="60"/>
        <source>Lead source</source>
        <translation>Zdroj záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="63"/>
        <source>Added</source>
        <translation>Pridané</translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="70"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="71"/>
        <source>Name as written</source>
        <translation>Meno tak, ako sa píše</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="83"/>
        <source>Work</source>
        <translation>Práca</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="85"/>
        <source>Type to find a company</source>
        <translation>Začnite písať názov firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="91"/>
        <source>Sales and consent</source>
        <translation>Predaj a súhlas</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="97"/>
        <source>Agreed to receive marketing</source>
        <translation>Súhlasí so zasielaním marketingu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="103"/>
        <source>e.g. signed form, website</source>
        <translation>napr. podpísaný formulár, web</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="107"/>
        <source>About</source>
        <translation>O osobe</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="108"/>
        <source>Family, hobbies, preferences…</source>
        <translation>Rodina, záľuby, preferencie…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="154"/>
        <source>%1 at %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="44"/>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="45"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="48"/>
        <source>Job title</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="53"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="54"/>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="55"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="58"/>
        <source>Lifecycle</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="65"/>
        <source>Lead source</source>
        <translation>Zdroj záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="72"/>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="80"/>
        <source>Last contact</source>
        <translation>Posledný kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="87"/>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="94"/>
        <source>Added</source>
        <translation>Pridané</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="55"/>
        <source>Merge…</source>
        <translation>Zlúčiť…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="56"/>
        <source>Make the two selected contacts one</source>
        <translation>Zlúčiť dva vybrané kontakty do jedného</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="77"/>
        <source>Contacts merged.</source>
        <translation>Kontakty boli zlúčené.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="84"/>
        <source>All tags</source>
        <translation>Všetky štítky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="85"/>
        <source>Any lifecycle</source>
        <translation>Všetky fázy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="86"/>
        <source>Any source</source>
        <translation>Všetky zdroje</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="87"/>
        <source>Any deals</source>
        <translation>S obchodom aj bez</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="90"/>
        <source>Birthday this month</source>
        <translation>Narodeniny tento mesiac</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="98"/>
        <source>Birthday in %1</source>
        <translation>Narodeniny počas %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>Has an open deal</source>
        <translation>Má otvorený obchod</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>No open deal</source>
        <translation>Bez otvoreného obchodu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="137"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="138"/>
        <source>All contacts</source>
        <translation>Všetky kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="139"/>
        <source>New Contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="140"/>
        <source>No contacts yet</source>
        <translation>Zatiaľ žiadne kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="141"/>
        <source>Add one or import your Excel file.</source>
        <translation>Pridajte kontakt alebo importujte svoj súbor Excel.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="142"/>
        <source>No contacts match these filters</source>
        <translation>Filtrom nezodpovedá žiadny kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="143"/>
        <source>Try fewer filters, or clear them to see everyone.</source>
        <translation>Skúste menej filtrov alebo ich zrušte a uvidíte všetkých.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="149"/>
        <source>%1 of 1 contact</source>
        <translation>%1 z 1 kontaktu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="151"/>
        <source>%1 of %Ln contacts</source>
        <translation>
            <numerusform>%1 z %Ln kontaktu</numerusform>
            <numerusform>%1 z %Ln kontaktov</numerusform>
            <numerusform>%1 z %Ln kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="158"/>
        <source>1 contact moved to the trash.</source>
        <translation>1 kontakt bol presunutý do koša.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="159"/>
        <source>%Ln contacts moved to the trash.</source>
        <translation>
            <numerusform>%Ln kontakt bol presunutý do koša.</numerusform>
            <numerusform>%Ln kontakty boli presunuté do koša.</numerusform>
            <numerusform>%Ln kontaktov bolo presunutých do koša.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../crmdesk/app.py" line="130"/>
        <source>crmdesk hit a bug</source>
        <translation>crmdesk narazil na chybu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="132"/>
        <source>Something went wrong inside crmdesk.</source>
        <translation>V crmdesk sa niečo pokazilo.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="134"/>
        <source>Your data is safe: each change is saved whole or not at all. The details were written to:
%1
Please send that file with a short note of what you did.</source>
        <translation>Vaše údaje sú v bezpečí: každá zmena sa uloží celá alebo vôbec. Podrobnosti sa zapísali do súboru:
%1
Pošlite ho, prosím, s krátkou poznámkou, čo ste robili.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="141"/>
        <source>Continue</source>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="143"/>
        <source>Quit crmdesk</source>
        <translation>Ukončiť crmdesk</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="79"/>
        <source>Custom fields</source>
        <translation>Vlastné polia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="80"/>
        <source>Add field…</source>
        <translation>Pridať pole…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="105"/>
        <source>No custom fields yet. Add one for anything else you track.</source>
        <translation>Zatiaľ žiadne vlastné polia. Pridajte si pole pre čokoľvek ďalšie, čo sledujete.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="229"/>
        <source>Clear the date</source>
        <translation>Vymazať dátum</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="78"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="79"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="81"/>
        <source>The dates in %1 can be read two ways, like 03/04/2024. How are they written?</source>
        <translation>Dátumy v %1 sa dajú čítať dvoma spôsobmi, napr. 03/04/2024. Ako sú zapísané?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="84"/>
        <source>Day first</source>
        <translation>Najprv deň</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="85"/>
        <source>Month first</source>
        <translation>Najprv mesiac</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="95"/>
        <source>%1: “%2” is %3</source>
        <translation>%1: „%2“ je %3</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="259"/>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="270"/>
        <source>Edit %1</source>
        <translation>Úprava: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="143"/>
        <source>Search Again</source>
        <translation>Hľadať znova</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="144"/>
        <source>Compare:</source>
        <translation>Porovnať:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="146"/>
        <source>No duplicates found</source>
        <translation>Nenašli sa žiadne duplicity</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="147"/>
        <source>No two people share an email, a phone, or a name at the same company.</source>
        <translation>Žiadni dvaja ľudia nemajú rovnaký e-mail, telefón ani meno v tej istej firme.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="149"/>
        <source>Looking for people who are in the file twice…</source>
        <translation>Hľadajú sa ľudia, ktorí sú v súbore dvakrát…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="156"/>
        <source>1 group of people who may be the same</source>
        <translation>1 skupina možných duplicít</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="158"/>
        <source>%Ln groups of people who may be the same</source>
        <translation>
            <numerusform>%Ln skupina možných duplicít</numerusform>
            <numerusform>%Ln skupiny možných duplicít</numerusform>
            <numerusform>%Ln skupín možných duplicít</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="159"/>
        <source>Duplicates</source>
        <translation>Duplicity</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="213"/>
        <source>Same email: %1</source>
        <translation>Rovnaký e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="214"/>
        <source>Same phone: %1</source>
        <translation>Rovnaký telefón: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="215"/>
        <source>Same name and company</source>
        <translation>Rovnaké meno a firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="220"/>
        <source>Similar names (%1% alike)</source>
        <translation>Podobné mená (zhoda %1 %)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="267"/>
        <source>“%1” was merged into “%2”.</source>
        <translation>Kontakt „%1“ bol zlúčený do kontaktu „%2“.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="268"/>
        <source>Undo</source>
        <translation>Vrátiť</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="59"/>
        <source>Cannot Open File</source>
        <translation>Súbor sa nedá otvoriť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="61"/>
        <source>“%1” cannot be opened.</source>
        <translation>„%1“ sa nedá otvoriť.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="63"/>
        <source>Open Another File…</source>
        <translation>Otvoriť iný súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="71"/>
        <source>Open a crmdesk File</source>
        <translation>Otvoriť súbor crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>New crmdesk File</source>
        <translation>Nový súbor crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="98"/>
        <source>“%1” already exists. crmdesk never replaces a file: choose another name.</source>
        <translation>„%1“ už existuje. crmdesk nikdy neprepisuje súbory, zvoľte iný názov.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="105"/>
        <source>crmdesk files (*.crm);;All files (*)</source>
        <translation>Súbory crmdesk (*.crm);;Všetky súbory (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="133"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="140"/>
        <source>Save a Copy</source>
        <translation>Uložiť kópiu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="142"/>
        <source>Copy saved to %1</source>
        <translation>Kópia uložená do %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="174"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="198"/>
        <source>New Demo File</source>
        <translation>Nový ukážkový súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <source>Demo</source>
        <translation>Ukážka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="168"/>
        <source>Making a demo file with sample customers…</source>
        <translation>Vytvára sa ukážkový súbor so vzorovými zákazníkmi…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="169"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="195"/>
        <source>unknown error</source>
        <translation>neznáma chyba</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="199"/>
        <source>The demo file could not be made.</source>
        <translation>Ukážkový súbor sa nepodarilo vytvoriť.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="85"/>
        <source>Choose a File</source>
        <translation>Výber súboru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="89"/>
        <source>Excel, OpenDocument, CSV or vCard. Nothing is written to crmdesk until you press Import.</source>
        <translation>Excel, OpenDocument, CSV alebo vCard. Kým nestlačíte Importovať, do crmdesk sa nič nezapíše.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="94"/>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="98"/>
        <source>Drop a spreadsheet here</source>
        <translation>Sem presuňte tabuľku</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="99"/>
        <source>xlsx, xlsm, xls, ods, csv, tsv or vcf</source>
        <translation>xlsx, xlsm, xls, ods, csv, tsv alebo vcf</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="100"/>
        <source>Choose a File…</source>
        <translation>Vybrať súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="102"/>
        <source>&amp;File:</source>
        <translation>&amp;Súbor:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="103"/>
        <source>or type the path of a file</source>
        <translation>alebo napíšte cestu k súboru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="104"/>
        <source>The file holds</source>
        <translation>Obsah súboru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>Contacts with their emails, phones and companies</source>
        <translation>Kontakty s e-mailmi, telefónmi a firmami</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Organisations: name, industry, website, address</source>
        <translation>Organizácie: názov, odvetvie, web, adresa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Purchase history, linked to the customers who bought</source>
        <translation>História nákupov prepojená so zákazníkmi</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="114"/>
        <source>Import History…</source>
        <translation>História importov…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="131"/>
        <source>Spreadsheets and contact files</source>
        <translation>Tabuľky a súbory kontaktov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="133"/>
        <source>All files</source>
        <translation>Všetky súbory</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="136"/>
        <source>Import a File</source>
        <translation>Import súboru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="152"/>
        <source>Choose a file to import.</source>
        <translation>Vyberte súbor na import.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="154"/>
        <source>There is no file at “%1”.</source>
        <translation>Súbor „%1“ neexistuje.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="235"/>
        <source>Search by name or email…</source>
        <translation>Hľadať podľa mena alebo e-mailu…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="236"/>
        <source>Search</source>
        <translation>Hľadať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="237"/>
        <source>Clear</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="238"/>
        <source>Show everything again</source>
        <translation>Znova zobraziť všetko</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="239"/>
        <source>Save as segment…</source>
        <translation>Uložiť ako segment…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="240"/>
        <source>Keep this filter under a name to reopen it later</source>
        <translation>Uložiť tento filter pod názvom a neskôr ho znova otvoriť</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="94"/>
        <source>Import &amp;History…</source>
        <translation>&amp;História importov…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="95"/>
        <source>See past imports and undo one</source>
        <translation>Zobraziť minulé importy a vrátiť niektorý späť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="96"/>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Nájsť &amp;duplicitné kontakty…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="97"/>
        <source>People who are in the file twice, to merge</source>
        <translation>Ľudia, ktorí sú v súbore dvakrát, na zlúčenie</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="19"/>
        <source>crmdesk ID</source>
        <translation>ID v crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="20"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="71"/>
        <source>Email</source>
        <extracomment>Keys of ``Draft.preview()`` that are not plain record fields.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="21"/>
        <source>Email type</source>
        <translation>Typ e-mailu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="22"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="72"/>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="23"/>
        <source>Phone type</source>
        <translation>Typ telefónu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="24"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="25"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="26"/>
        <source>Region / state</source>
        <translation>Kraj / štát</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="27"/>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="28"/>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="29"/>
        <source>Address type</source>
        <translation>Typ adresy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="30"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="81"/>
        <source>Customer name</source>
        <translation>Meno zákazníka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="31"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="82"/>
        <source>Customer email</source>
        <translation>E-mail zákazníka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="32"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="83"/>
        <source>Customer phone</source>
        <translation>Telefón zákazníka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="33"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="74"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="84"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="34"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="35"/>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="36"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="85"/>
        <source>Full name</source>
        <translation>Celé meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="37"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="86"/>
        <source>First name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="38"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="87"/>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="39"/>
        <source>Job title</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="40"/>
        <source>Department</source>
        <translation>Oddelenie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="41"/>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="42"/>
        <source>Birth year</source>
        <translation>Rok narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="43"/>
        <source>Birth month</source>
        <translation>Mesiac narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="44"/>
        <source>Birth day</source>
        <translation>Deň narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="45"/>
        <source>Gender</source>
        <translation>Pohlavie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="46"/>
        <source>Lifecycle stage</source>
        <translation>Fáza vzťahu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="47"/>
        <source>Lead source</source>
        <translation>Zdroj záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="48"/>
        <source>Lead score</source>
        <translation>Skóre záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="49"/>
        <source>Marketing consent</source>
        <translation>Marketingový súhlas</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="50"/>
        <source>Consent date</source>
        <translation>Dátum súhlasu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="51"/>
        <source>Personal details</source>
        <translation>Osobné údaje</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="52"/>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="53"/>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="54"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="88"/>
        <source>Company name</source>
        <translation>Názov firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="55"/>
        <source>Legal name</source>
        <translation>Obchodné meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="56"/>
        <source>Company size</source>
        <translation>Veľkosť firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="57"/>
        <source>Tax ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="58"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="75"/>
        <source>Order number</source>
        <translation>Číslo objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="59"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="76"/>
        <source>Order date</source>
        <translation>Dátum objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="60"/>
        <source>Customer number</source>
        <translation>Číslo zákazníka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="61"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="62"/>
        <source>SKU</source>
        <translation>Kód (SKU)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="63"/>
        <source>Quantity</source>
        <translation>Množstvo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="64"/>
        <source>Unit price</source>
        <translation>Jednotková cena</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="65"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="77"/>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="66"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="78"/>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="67"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="79"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="73"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="80"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="92"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="93"/>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="96"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="97"/>
        <source>companies</source>
        <translation>firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="100"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="101"/>
        <source>orders</source>
        <translation>objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="105"/>
        <source>Day first</source>
        <translation>Najprv deň</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="106"/>
        <source>Month first</source>
        <translation>Najprv mesiac</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="107"/>
        <source>Year first</source>
        <translation>Najprv rok</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="108"/>
        <source>Import History</source>
        <translation>História importov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="111"/>
        <source>Every import into this file. Undoing one removes what it created and gives the fields it changed their old values back.</source>
        <translation>Všetky importy do tohto súboru. Vrátenie importu odstráni, čo vytvoril, a poliam, ktoré zmenil, vráti pôvodné hodnoty.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Records</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Rows</source>
        <translation>Riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Created</source>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Skipped</source>
        <translation>Preskočené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Failed</source>
        <translation>Chybné</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="119"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="123"/>
        <source>No imports yet</source>
        <translation>Zatiaľ žiadne importy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="124"/>
        <source>Files you import appear here, and each import can be undone.</source>
        <translation>Tu sa zobrazia importované súbory a každý import sa dá vrátiť späť.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="126"/>
        <source>Undo Import…</source>
        <translation>Vrátiť import…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="127"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="134"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="168"/>
        <source>Undone %1</source>
        <translation>Vrátené %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="169"/>
        <source>Imported</source>
        <translation>Importované</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="184"/>
        <source>Undo the import of “%1” (%2)? What it created is removed and the fields it changed get their old values back.</source>
        <translation>Vrátiť import súboru „%1“ (%2)? Čo vytvoril, sa odstráni a polia, ktoré zmenil, dostanú späť pôvodné hodnoty.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import?</source>
        <translation>Vrátiť import?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import</source>
        <translation>Vrátiť import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="198"/>
        <source>The import was undone.</source>
        <translation>Import bol vrátený.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="58"/>
        <source>New</source>
        <translation>Nový</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="59"/>
        <source>Update</source>
        <translation>Aktualizuje sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="60"/>
        <source>Skip</source>
        <translation>Preskočí sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="61"/>
        <source>Fails</source>
        <translation>Zlyhá</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="163"/>
        <source>Next</source>
        <translation>Ďalej</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel Import</source>
        <translation>Zrušiť import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="205"/>
        <source>Import a Spreadsheet</source>
        <translation>Importovať tabuľku</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="206"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="143"/>
        <source>Mark as done</source>
        <translation>Označiť ako hotové</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="144"/>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="29"/>
        <source>Lead</source>
        <translation>Záujemca</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="30"/>
        <source>Prospect</source>
        <translation>Potenciálny zákazník</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="31"/>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="32"/>
        <source>Former customer</source>
        <translation>Bývalý zákazník</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="35"/>
        <source>Female</source>
        <translation>Žena</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="36"/>
        <source>Male</source>
        <translation>Muž</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="37"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="67"/>
        <source>Other</source>
        <translation>Iné</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="40"/>
        <source>Given name first</source>
        <translation>Najprv meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="41"/>
        <source>Family name first</source>
        <translation>Najprv priezvisko</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="44"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="45"/>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="46"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="47"/>
        <source>Yes / no</source>
        <translation>Áno / nie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="48"/>
        <source>Choice from a list</source>
        <translation>Výber zo zoznamu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="51"/>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="52"/>
        <source>Confirmed</source>
        <translation>Potvrdená</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="53"/>
        <source>Paid</source>
        <translation>Zaplatená</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="54"/>
        <source>Shipped</source>
        <translation>Odoslaná</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Zrušená</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="56"/>
        <source>Returned</source>
        <translation>Vrátená</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="59"/>
        <source>Open</source>
        <translation>Otvorený</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="60"/>
        <source>In progress</source>
        <translation>Rieši sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="61"/>
        <source>Waiting</source>
        <translation>Čaká</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="62"/>
        <source>Resolved</source>
        <translation>Vyriešený</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="63"/>
        <source>Closed</source>
        <translation>Uzavretý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="65"/>
        <source>Work</source>
        <translation>Práca</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="66"/>
        <source>Home</source>
        <translation>Domov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="70"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="73"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="79"/>
        <source>Billing</source>
        <translation>Fakturačná</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="80"/>
        <source>Shipping</source>
        <translation>Doručovacia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="84"/>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="85"/>
        <source>Company name</source>
        <translation>Názov firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="86"/>
        <source>Given name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="87"/>
        <source>Family name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="88"/>
        <source>Name order</source>
        <translation>Poradie mena</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="89"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="90"/>
        <source>Job title</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="91"/>
        <source>Department</source>
        <translation>Oddelenie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="92"/>
        <source>Gender</source>
        <translation>Pohlavie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="93"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="95"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="96"/>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="94"/>
        <source>Birth year</source>
        <translation>Rok narodenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="97"/>
        <source>Lifecycle stage</source>
        <translation>Fáza vzťahu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="98"/>
        <source>Lead source</source>
        <translation>Zdroj záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="99"/>
        <source>Lead score</source>
        <translation>Skóre záujemcu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="100"/>
        <source>Marketing consent</source>
        <translation>Marketingový súhlas</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="101"/>
        <source>Consent date</source>
        <translation>Dátum súhlasu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="102"/>
        <source>Consent source</source>
        <translation>Zdroj súhlasu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="103"/>
        <source>Personal details</source>
        <translation>Osobné údaje</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="104"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="105"/>
        <source>Emails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="106"/>
        <source>Phones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="107"/>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="108"/>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="109"/>
        <source>Custom fields</source>
        <translation>Vlastné polia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="110"/>
        <source>Legal name</source>
        <translation>Obchodné meno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="111"/>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="112"/>
        <source>Company size</source>
        <translation>Veľkosť firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="113"/>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="114"/>
        <source>Tax ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="137"/>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="138"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="73"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="79"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Add Tag</source>
        <translation>Pridať štítok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Remove Tag</source>
        <translation>Odobrať štítok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="91"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln vybraný</numerusform>
            <numerusform>%Ln vybrané</numerusform>
            <numerusform>%Ln vybraných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="101"/>
        <source>Select at most %Ln rows to change them all at once.</source>
        <translation>
            <numerusform>Naraz sa dá zmeniť najviac %Ln riadok.</numerusform>
            <numerusform>Naraz sa dajú zmeniť najviac %Ln riadky.</numerusform>
            <numerusform>Naraz sa dá zmeniť najviac %Ln riadkov.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="164"/>
        <source>Tag for the selected record:</source>
        <translation>Štítok pre vybraný záznam:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="166"/>
        <source>Tag for the %Ln selected records:</source>
        <translation>
            <numerusform>Štítok pre %Ln vybraný záznam:</numerusform>
            <numerusform>Štítok pre %Ln vybrané záznamy:</numerusform>
            <numerusform>Štítok pre %Ln vybraných záznamov:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="186"/>
        <source>Save Segment</source>
        <translation>Uložiť segment</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="187"/>
        <source>Name of this segment:</source>
        <translation>Názov segmentu:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="188"/>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="221"/>
        <source>Open</source>
        <translation>Otvoriť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="222"/>
        <source>Add Tag…</source>
        <translation>Pridať štítok…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="223"/>
        <source>Remove Tag…</source>
        <translation>Odobrať štítok…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="224"/>
        <source>Lifecycle</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="225"/>
        <source>Set Lifecycle</source>
        <translation>Nastaviť fázu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="226"/>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="227"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>Presunúť vybrané záznamy do koša (Delete)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="228"/>
        <source>Filter the List</source>
        <translation>Filtrovať zoznam</translation>
    </message>
</context>
<context>
    <name>ListShortcuts</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="53"/>
        <source>New &amp;Contact…</source>
        <translation>Nový &amp;kontakt…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="54"/>
        <source>Add a person: name, email, phone and company</source>
        <translation>Pridať osobu: meno, e-mail, telefón a firmu</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="272"/>
        <source>Follow up</source>
        <translation>Ozvať sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="273"/>
        <source>Follow up with %1</source>
        <translation>Ozvať sa: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="318"/>
        <source>Choose a person or company from the suggestions.</source>
        <translation>Vyberte osobu alebo firmu z návrhov.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="319"/>
        <source>Type a name, then choose who this was with.</source>
        <translation>Napíšte meno a vyberte, s kým to bolo.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="345"/>
        <source>Log Interaction</source>
        <translation>Zaznamenať aktivitu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="347"/>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;With:</source>
        <translation>&amp;S kým:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Kedy:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Poznámky:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Výsledok:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>&amp;Task:</source>
        <translation>Ú&amp;loha:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="355"/>
        <source>Type to find a person or company</source>
        <translation>Píšte a nájdite osobu alebo firmu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="356"/>
        <source>What was it about?</source>
        <translation>O čom to bolo?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="357"/>
        <source>What was said, agreed or promised</source>
        <translation>Čo sa povedalo, dohodlo alebo sľúbilo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="358"/>
        <source>e.g. Interested, sending an offer</source>
        <translation>napr. Má záujem, pošleme ponuku</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="359"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="360"/>
        <source>No duration</source>
        <translation>Bez trvania</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="361"/>
        <source>Duration in minutes</source>
        <translation>Trvanie v minútach</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="362"/>
        <source>Duration</source>
        <translation>Trvanie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="363"/>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="364"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="365"/>
        <source>Add a &amp;follow-up task</source>
        <translation>Pridať úlohu na &amp;ozvanie sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="366"/>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="367"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="369"/>
        <source>%1 saves · Esc cancels</source>
        <translation>%1 uloží · Esc zruší</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Visit</source>
        <translation>Návšteva</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="384"/>
        <source>Outgoing</source>
        <translation>Odchádzajúci</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="385"/>
        <source>Incoming</source>
        <translation>Prichádzajúci</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="386"/>
        <source>No direction</source>
        <translation>Bez smeru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="389"/>
        <source>Low priority</source>
        <translation>Nízka priorita</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="390"/>
        <source>Normal priority</source>
        <translation>Bežná priorita</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="391"/>
        <source>High priority</source>
        <translation>Vysoká priorita</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="392"/>
        <source>Urgent</source>
        <translation>Naliehavé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="381"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="382"/>
        <source>Deals</source>
        <translation>Obchody</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="383"/>
        <source>Tickets</source>
        <translation>Tikety</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="384"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="408"/>
        <source>%1 — crmdesk</source>
        <translation>%1 — crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="429"/>
        <source>No recent files</source>
        <translation>Žiadne nedávne súbory</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="501"/>
        <source>Search</source>
        <translation>Hľadať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Importing spreadsheets</source>
        <translation>Import tabuliek</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Searching</source>
        <translation>Vyhľadávanie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="447"/>
        <source>Not Yet Available</source>
        <translation>Zatiaľ nedostupné</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="448"/>
        <source>%1 is not yet available: this part of crmdesk is being built.</source>
        <translation>%1 zatiaľ nie je k dispozícii: táto časť crmdesk sa ešte vyvíja.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="482"/>
        <source>Preferences</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="489"/>
        <source>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Your customers, conversations, deals, tickets and orders in one file on this computer.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Vaši zákazníci, rozhovory, obchody, tikety a objednávky v jednom súbore na tomto počítači.&lt;/p&gt;&lt;p&gt;Písma: Noto Sans a Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="493"/>
        <source>About crmdesk</source>
        <translation>O aplikácii crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="503"/>
        <source>No file is open</source>
        <translation>Nie je otvorený žiadny súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="505"/>
        <source>Open a crmdesk file, or start a new one. Everything you keep is in that file.</source>
        <translation>Otvorte súbor crmdesk alebo založte nový. Všetko, čo si uchovávate, je v tom súbore.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="508"/>
        <source>Open a File…</source>
        <translation>Otvoriť súbor…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="509"/>
        <source>New File…</source>
        <translation>Nový súbor…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="99"/>
        <source>Match the Columns</source>
        <translation>Priradenie stĺpcov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="103"/>
        <source>crmdesk guessed what each column holds; change any of them. Columns it did not recognise become custom fields, so nothing is lost.</source>
        <translation>crmdesk odhadol, čo obsahuje každý stĺpec; ktorýkoľvek môžete zmeniť. Z nerozpoznaných stĺpcov sa stanú vlastné polia, takže sa nič nestratí.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="108"/>
        <source>Columns</source>
        <translation>Stĺpce</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="111"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>Telefónne čísla bez predvoľby krajiny sú z:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="112"/>
        <source>Load Mapping…</source>
        <translation>Načítať priradenie…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="113"/>
        <source>Save Mapping…</source>
        <translation>Uložiť priradenie…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="121"/>
        <source>Not set: only numbers written with +</source>
        <translation>Nenastavené: len čísla zapísané s +</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="190"/>
        <source>%1 to fields, %2 to new custom fields, %3 not imported</source>
        <translation>Do polí: %1, do nových vlastných polí: %2, neimportuje sa: %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="204"/>
        <source>No column is mapped to a name: people are named by their email or phone, and rows with neither fail.</source>
        <translation>Žiadny stĺpec nie je priradený k menu: ľudia dostanú meno podľa e-mailu alebo telefónu a riadky bez nich zlyhajú.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="209"/>
        <source>No column is mapped to the company name: every row fails.</source>
        <translation>Žiadny stĺpec nie je priradený k názvu firmy: všetky riadky zlyhajú.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="212"/>
        <source>Not in this file: %1.</source>
        <translation>V tomto súbore chýba: %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <source>Load a Mapping</source>
        <translation>Načítať priradenie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="273"/>
        <source>Mappings</source>
        <translation>Priradenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="248"/>
        <source>This mapping is for %1, but you are importing %2.</source>
        <translation>Toto priradenie je pre %1, ale importujete %2.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="271"/>
        <source>Save the Mapping</source>
        <translation>Uložiť priradenie</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="94"/>
        <source>Column in the file</source>
        <translation>Stĺpec v súbore</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="95"/>
        <source>Examples</source>
        <translation>Príklady</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="96"/>
        <source>Import as</source>
        <translation>Importovať ako</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="97"/>
        <source>Label or type</source>
        <translation>Označenie / typ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="119"/>
        <source>(empty in the first rows)</source>
        <translation>(v prvých riadkoch prázdne)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="138"/>
        <source>New custom field</source>
        <translation>Nové vlastné pole</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="139"/>
        <source>Don&apos;t import</source>
        <translation>Neimportovať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="145"/>
        <source>Import “%1” as</source>
        <translation>Importovať „%1“ ako</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="173"/>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="174"/>
        <source>Open &amp;Recent</source>
        <translation>Otvoriť &amp;nedávne</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>&amp;Vzhľad</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="30"/>
        <source>Merge Contacts</source>
        <translation>Zlúčiť kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="33"/>
        <source>Which contact do you keep?</source>
        <translation>Ktorý kontakt si ponecháte?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="43"/>
        <source>The other contact&apos;s emails, phones, addresses, tags and whole history move to the one you keep; it then goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>E-maily, telefóny, adresy, štítky a celá história druhého kontaktu prejdú na ten, ktorý si ponecháte; druhý potom pôjde do koša. Upraviť &gt; Vrátiť späť ich znova rozdelí.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="57"/>
        <source>Merge</source>
        <translation>Zlúčiť</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="202"/>
        <source>Swap</source>
        <translation>Vymeniť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="203"/>
        <source>Keep the other contact instead</source>
        <translation>Ponechať radšej druhý kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="204"/>
        <source>Merge</source>
        <translation>Zlúčiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="207"/>
        <source>Emails, phones, addresses and tags of both are kept. Calls, tasks, deals, tickets and orders move to the contact that stays; the other goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>E-maily, telefóny, adresy a štítky oboch zostanú. Hovory, úlohy, obchody, tikety a objednávky prejdú na kontakt, ktorý zostáva; druhý pôjde do koša. Upraviť &gt; Vrátiť späť ich znova rozdelí.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="247"/>
        <source>Stays</source>
        <translation>Zostáva</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="249"/>
        <source>Merged into it, then trashed</source>
        <translation>Zlúči sa a pôjde do koša</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="297"/>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="298"/>
        <source>(empty)</source>
        <translation>(prázdne)</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="37"/>
        <source>New Contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="44"/>
        <source>Full name, as they write it</source>
        <translation>Celé meno tak, ako ho píše</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="45"/>
        <source>name@example.com</source>
        <translation>meno@priklad.sk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="46"/>
        <source>+98 912 345 6789</source>
        <translation>+421 905 123 456</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="47"/>
        <source>Type to find or add a company</source>
        <translation>Píšte a nájdite alebo pridajte firmu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="63"/>
        <source>Add Contact</source>
        <translation>Pridať kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="85"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="86"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefón:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="87"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/bulk_bar.py" line="112"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="41"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="44"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="50"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="54"/>
        <source>Pipeline</source>
        <translation>Obchodný lievik</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="55"/>
        <source>Tickets</source>
        <translation>Tikety</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="56"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="57"/>
        <source>Reports</source>
        <translation>Prehľady</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="60"/>
        <source>Dashboard</source>
        <translation>Nástenka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="64"/>
        <source>Trash</source>
        <translation>Kôš</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="68"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="76"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="54"/>
        <source>Duplicates</source>
        <translation>Duplicity</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="66"/>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="76"/>
        <source>Open %1</source>
        <translation>Otvoriť %1</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="144"/>
        <source>#%1 · added %2</source>
        <extracomment>(choice key for ``merge_contacts``, field label key, how to show it)</extracomment>
        <translation>#%1 · pridaný %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="57"/>
        <source>This page is not available yet.</source>
        <translation>Táto stránka zatiaľ nie je k dispozícii.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="60"/>
        <source>Your deals on a board, stage by stage</source>
        <translation>Vaše obchody na nástenke, fáza po fáze</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="62"/>
        <source>Drag a deal to its next stage and see each stage&apos;s total and the weighted forecast. Until then, each customer&apos;s deals are on their timeline.</source>
        <translation>Presuňte obchod do ďalšej fázy a uvidíte súčet každej fázy aj váženú prognózu. Dovtedy nájdete obchody každého zákazníka v jeho histórii.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="67"/>
        <source>Requests and complaints, none forgotten</source>
        <translation>Požiadavky a reklamácie, na nič nezabudnete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="69"/>
        <source>Status, priority and due date for every request, complaint and question. Until then, each customer&apos;s tickets are on their timeline.</source>
        <translation>Stav, priorita a termín každej požiadavky, reklamácie a otázky. Dovtedy nájdete tikety každého zákazníka v jeho histórii.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="74"/>
        <source>Every purchase, and what each customer is worth</source>
        <translation>Každý nákup a hodnota každého zákazníka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="76"/>
        <source>Purchase history with lifetime value, last purchase and customer segments. Until then, each customer&apos;s orders are on their timeline.</source>
        <translation>História nákupov s celoživotnou hodnotou, posledným nákupom a segmentmi zákazníkov. Dovtedy nájdete objednávky každého zákazníka v jeho histórii.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="81"/>
        <source>Reports for the bank, the accountant and Monday&apos;s meeting</source>
        <translation>Prehľady pre banku, účtovníka aj pondelkovú poradu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="83"/>
        <source>Customer lists, pipeline, tickets, activity, birthdays and customer value as PDF, in every language. Until then, each customer&apos;s whole history is on their page.</source>
        <translation>Zoznamy zákazníkov, lievik, tikety, aktivity, narodeniny a hodnota zákazníkov ako PDF vo všetkých jazykoch. Dovtedy nájdete celú históriu každého zákazníka na jeho stránke.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="89"/>
        <source>Your numbers at a glance</source>
        <translation>Vaše čísla na prvý pohľad</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="91"/>
        <source>Pipeline by stage, revenue won per month, open tickets by age and activity per week. Until then, Today shows what needs you now.</source>
        <translation>Lievik podľa fáz, získané tržby po mesiacoch, otvorené tikety podľa veku a aktivita po týždňoch. Dovtedy vám stránka Dnes ukáže, čo práve potrebuje vašu pozornosť.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>Not yet available</source>
        <translation>Zatiaľ nedostupné</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>It will appear here in a coming version.</source>
        <translation>Pribudne tu v niektorej z ďalších verzií.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="105"/>
        <source>Coming in a later version</source>
        <translation>Pribudne v neskoršej verzii</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Today</source>
        <translation>Prejsť na Dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Contacts</source>
        <translation>Prejsť na Kontakty</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="44"/>
        <source>Same as the system</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="50"/>
        <source>Follow the system</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="51"/>
        <source>Light</source>
        <translation>Svetlý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="52"/>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="65"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Vzhľad:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="72"/>
        <source>Local &amp;phone numbers are from:</source>
        <translation>&amp;Miestne telefónne čísla sú z:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="73"/>
        <source>Default &amp;currency:</source>
        <translation>Predvolená &amp;mena:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="84"/>
        <source>Not chosen (numbers need a +country code)</source>
        <translation>Nevybraté (čísla musia mať predvoľbu s +)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="184"/>
        <source>Row</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="186"/>
        <source>Will be</source>
        <translation>Akcia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="188"/>
        <source>Remarks</source>
        <translation>Poznámky</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="145"/>
        <source>Preview</source>
        <translation>Náhľad</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="148"/>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>Zatiaľ sa nič nezapísalo. Skontrolujte riadky a stlačte Importovať.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="153"/>
        <source>When a row matches one of the %1 already in crmdesk:</source>
        <translation>Keď riadok zodpovedá záznamu, ktorý už je v crmdesk (%1):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="156"/>
        <source>Skip the row</source>
        <translation>Preskočiť riadok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="157"/>
        <source>Update: fill only empty fields</source>
        <translation>Aktualizovať: doplniť len prázdne polia</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="158"/>
        <source>Update: overwrite with the file&apos;s values</source>
        <translation>Aktualizovať: prepísať hodnotami zo súboru</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="159"/>
        <source>Create a new record anyway</source>
        <translation>Aj tak vytvoriť nový záznam</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="163"/>
        <source>Only rows with problems</source>
        <translation>Len riadky s problémami</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="169"/>
        <source>Import</source>
        <translation>Importovať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="172"/>
        <source>Import 1 Row</source>
        <translation>Importovať 1 riadok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="173"/>
        <source>Import %Ln Rows</source>
        <translation>
            <numerusform>Importovať %Ln riadok</numerusform>
            <numerusform>Importovať %Ln riadky</numerusform>
            <numerusform>Importovať %Ln riadkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="295"/>
        <source>All %Ln rows</source>
        <translation>
            <numerusform>Všetky riadky: %Ln</numerusform>
            <numerusform>Všetky riadky: %Ln</numerusform>
            <numerusform>Všetky riadky: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="270"/>
        <source>new %1</source>
        <translation>nové %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="271"/>
        <source>%1 updated</source>
        <translation>aktualizované %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="272"/>
        <source>rows skipped</source>
        <translation>preskočené riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="273"/>
        <source>rows that fail</source>
        <translation>chybné riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="292"/>
        <source>The first %1 of %2 rows</source>
        <translation>Prvých %1 z %2 riadkov</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="17"/>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>Použiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="19"/>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="20"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>Án&amp;o</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="99"/>
        <source>Saved to %1’s history</source>
        <translation>Uložené do histórie: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="141"/>
        <source>Page</source>
        <translation>Stránka</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="321"/>
        <source>Undo</source>
        <translation>Vrátiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="335"/>
        <source>Import a Spreadsheet</source>
        <translation>Importovať tabuľku</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="338"/>
        <source>Clear Filters</source>
        <translation>Zrušiť filtre</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="67"/>
        <source>Log interaction</source>
        <extracomment>Badge hue per lifecycle (lead blue, prospect amber, customer green, former grey).</extracomment>
        <translation>Zaznamenať aktivitu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="68"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation>Zaznamenať hovor, stretnutie alebo poznámku (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="69"/>
        <source>Call</source>
        <translation>Zavolať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="70"/>
        <source>Email</source>
        <translation>Napísať</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="76"/>
        <source>Contact details</source>
        <translation>Kontaktné údaje</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="79"/>
        <source>Add email</source>
        <translation>Pridať e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="80"/>
        <source>name@example.com</source>
        <translation>meno@priklad.sk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="82"/>
        <source>Write an email</source>
        <translation>Napísať e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="87"/>
        <source>Add phone</source>
        <translation>Pridať telefón</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="88"/>
        <source>Phone number</source>
        <translation>Telefónne číslo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="90"/>
        <source>Call this number</source>
        <translation>Zavolať na toto číslo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="94"/>
        <source>Emails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="95"/>
        <source>Phones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="96"/>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_table_view.py" line="180"/>
        <source>Columns</source>
        <translation>Stĺpce</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="68"/>
        <source>Importing</source>
        <translation>Importuje sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="71"/>
        <source>You can cancel at any moment: then nothing is changed.</source>
        <translation>Môžete kedykoľvek zrušiť – potom sa nič nezmení.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="74"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing 1 row…</source>
        <translation>Importuje sa 1 riadok…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>Importuje sa %Ln riadok…</numerusform>
            <numerusform>Importujú sa %Ln riadky…</numerusform>
            <numerusform>Importuje sa %Ln riadkov…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="86"/>
        <source>Reading rows</source>
        <translation>Čítanie riadkov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="87"/>
        <source>Checking rows</source>
        <translation>Kontrola riadkov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="88"/>
        <source>Writing records</source>
        <translation>Zápis záznamov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="89"/>
        <source>Indexing for search</source>
        <translation>Indexovanie na vyhľadávanie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="103"/>
        <source>Starting…</source>
        <translation>Spúšťa sa…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="119"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="128"/>
        <source>Cancelling…</source>
        <translation>Ruší sa…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="139"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Import bol zrušený. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="143"/>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>Import sa zastavil: %1 Nič sa nezmenilo.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="147"/>
        <source>The import stopped because of an error. Nothing was changed.</source>
        <translation>Import sa pre chybu zastavil. Nič sa nezmenilo.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="265"/>
        <source>Show fewer</source>
        <translation>Zobraziť menej</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="108"/>
        <source>Delete Segment</source>
        <translation>Odstrániť segment</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="114"/>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="115"/>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="91"/>
        <source>Sheet and Header Row</source>
        <translation>Hárok a riadok hlavičky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="94"/>
        <source>Check the row with the column names. Rows above it are skipped.</source>
        <translation>Skontrolujte riadok s názvami stĺpcov. Riadky nad ním sa preskočia.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="97"/>
        <source>Sheet</source>
        <translation>Hárok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="100"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hárok:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="101"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Riadok hlavičky:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="102"/>
        <source>None</source>
        <translation>Žiadny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="103"/>
        <source>Or click a row in the grid</source>
        <translation>Alebo kliknite na riadok v mriežke</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="122"/>
        <source>%1 (about %2 rows)</source>
        <translation>%1 (riadkov: asi %2)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="125"/>
        <source>— hidden</source>
        <translation>— skrytý</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="186"/>
        <source>found by crmdesk</source>
        <translation>našiel crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="189"/>
        <source>crmdesk found row %1</source>
        <translation>crmdesk našiel riadok %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="197"/>
        <source>Row %1 holds the names of %2 columns; about %3 rows of data follow.</source>
        <translation>Riadok %1 obsahuje názvy %2 stĺpcov; riadkov s údajmi je asi %3.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="201"/>
        <source>No header row: every row is data, and the %2 columns are named by letter (about %3 rows).</source>
        <translation>Bez riadka hlavičky: všetky riadky sú údaje a stĺpce (%2) sa pomenujú písmenami (riadkov asi %3).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="105"/>
        <source>Import Finished</source>
        <translation>Import dokončený</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="109"/>
        <source>Every row of “%1” is accounted for below.</source>
        <translation>Nižšie je výsledok každého riadka zo súboru „%1“.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="112"/>
        <source>Summary</source>
        <translation>Súhrn</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="115"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Row</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Column</source>
        <translation>Stĺpec</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="124"/>
        <source>Save Failed Rows…</source>
        <translation>Uložiť chybné riadky…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="126"/>
        <source>An Excel file of the rows that failed, with the reason: fix and import it</source>
        <translation>Súbor Excel s chybnými riadkami a dôvodom: opravte ho a importujte</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="128"/>
        <source>Undo This Import</source>
        <translation>Vrátiť tento import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="141"/>
        <source>%1 rows read: %2 created, %3 updated, %4 skipped, %5 failed.</source>
        <translation>Prečítané riadky: %1 – vytvorené: %2, aktualizované: %3, preskočené: %4, chybné: %5.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="152"/>
        <source>%1 created</source>
        <translation>vytvorené %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="153"/>
        <source>%1 updated</source>
        <translation>aktualizované %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="154"/>
        <source>rows skipped</source>
        <translation>preskočené riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="155"/>
        <source>rows failed</source>
        <translation>chybné riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Problems (%1)</source>
        <translation>Problémy (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Warnings (%1)</source>
        <translation>Upozornenia (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="196"/>
        <source>Save Failed Rows</source>
        <translation>Uložiť chybné riadky</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="198"/>
        <source>Excel workbook</source>
        <translation>Zošit Excelu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="212"/>
        <source>1 failed row saved to “%1”.</source>
        <translation>1 chybný riadok bol uložený do „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="214"/>
        <source>%Ln failed rows saved to “%1”.</source>
        <translation>
            <numerusform>%Ln chybný riadok bol uložený do „%1“.</numerusform>
            <numerusform>%Ln chybné riadky boli uložené do „%1“.</numerusform>
            <numerusform>%Ln chybných riadkov bolo uložených do „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="223"/>
        <source>What this import created is removed, and the fields it changed get their old values back. Records you edited since are moved to the trash instead.</source>
        <translation>Čo tento import vytvoril, sa odstráni a polia, ktoré zmenil, dostanú späť pôvodné hodnoty. Záznamy, ktoré ste odvtedy upravili, sa namiesto toho presunú do koša.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo This Import?</source>
        <translation>Vrátiť tento import?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo Import</source>
        <translation>Vrátiť import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="240"/>
        <source>The import was undone.</source>
        <translation>Import bol vrátený.</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="132"/>
        <source>Add tag</source>
        <translation>Pridať štítok</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="133"/>
        <source>Tag name, Enter to add</source>
        <translation>Názov štítka, Enter ho pridá</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="134"/>
        <source>New tag</source>
        <translation>Nový štítok</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="31"/>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="32"/>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="33"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="34"/>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="35"/>
        <source>Visit</source>
        <translation>Návšteva</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="36"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="39"/>
        <source>Created</source>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="40"/>
        <source>Moved to trash</source>
        <translation>Presunuté do koša</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="41"/>
        <source>Restored</source>
        <translation>Obnovené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="42"/>
        <source>Merged with a duplicate</source>
        <translation>Zlúčené s duplicitou</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="43"/>
        <source>Merged into another contact</source>
        <translation>Zlúčené do iného kontaktu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="44"/>
        <source>Merge undone</source>
        <translation>Zlúčenie vrátené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="66"/>
        <source>just now</source>
        <translation>práve teraz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>1 minute ago</source>
        <translation>pred minútou</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>pred %Ln minútou</numerusform>
            <numerusform>pred %Ln minútami</numerusform>
            <numerusform>pred %Ln minútami</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>1 hour ago</source>
        <translation>pred hodinou</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>pred %Ln hodinou</numerusform>
            <numerusform>pred %Ln hodinami</numerusform>
            <numerusform>pred %Ln hodinami</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="74"/>
        <source>yesterday</source>
        <translation>včera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="76"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>pred %Ln dňom</numerusform>
            <numerusform>pred %Ln dňami</numerusform>
            <numerusform>pred %Ln dňami</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>1 month ago</source>
        <translation>pred mesiacom</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>pred %Ln mesiacom</numerusform>
            <numerusform>pred %Ln mesiacmi</numerusform>
            <numerusform>pred %Ln mesiacmi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>1 year ago</source>
        <translation>pred rokom</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>pred %Ln rokom</numerusform>
            <numerusform>pred %Ln rokmi</numerusform>
            <numerusform>pred %Ln rokmi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="87"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>o %Ln minútu</numerusform>
            <numerusform>o %Ln minúty</numerusform>
            <numerusform>o %Ln minút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="89"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>o %Ln hodinu</numerusform>
            <numerusform>o %Ln hodiny</numerusform>
            <numerusform>o %Ln hodín</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="91"/>
        <source>tomorrow</source>
        <translation>zajtra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="92"/>
        <source>in %n days</source>
        <translation>
            <numerusform>o %Ln deň</numerusform>
            <numerusform>o %Ln dni</numerusform>
            <numerusform>o %Ln dní</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="96"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="98"/>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="117"/>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="126"/>
        <source>%1 changed</source>
        <translation>Zmena: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order %1</source>
        <translation>Objednávka %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order</source>
        <translation>Objednávka</translation>
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
        <translation>História</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="229"/>
        <source>Nothing has happened yet. Log a call or a meeting to start this customer&apos;s history.</source>
        <translation>Zatiaľ sa nič nestalo. Zaznamenajte hovor alebo stretnutie a začnite históriu tohto zákazníka.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="170"/>
        <source>Today could not be read. Press %1 to try again.</source>
        <translation>Stránku Dnes sa nepodarilo načítať. Stlačte %1 a skúste to znova.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="176"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>“%1” is done.</source>
        <translation>„%1“ je hotové.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>Undo</source>
        <translation>Vrátiť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="246"/>
        <source>Log Interaction</source>
        <translation>Zaznamenať aktivitu</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="249"/>
        <source>Log a call, meeting or note (%1)</source>
        <translation>Zaznamenať hovor, stretnutie alebo poznámku (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="252"/>
        <source>You’re all caught up</source>
        <translation>Všetko máte vybavené</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="254"/>
        <source>Nothing is late or due today, no birthdays this week and no deals or tickets need you. Log a call or a meeting when one happens.</source>
        <translation>Nič nemeškáte, dnes nič nie je splatné, tento týždeň nemá nikto narodeniny a žiadny obchod ani tiket vás nepotrebuje. Hovor či stretnutie si zaznamenajte, keď sa udejú.</translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Overdue</source>
        <translation>Po termíne</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Nothing overdue.</source>
        <translation>Nič nie je po termíne.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="145"/>
        <source>Due today</source>
        <translation>Na dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <source>Nothing else is due today.</source>
        <translation>Na dnes nič ďalšie.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>Follow-ups</source>
        <translation>Ozvať sa</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>No follow-ups in the next 7 days.</source>
        <translation>Najbližších 7 dní sa netreba nikomu ozvať.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="53"/>
        <source>Birthdays in the next 7 days</source>
        <translation>Narodeniny v najbližších 7 dňoch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="54"/>
        <source>No birthdays this week.</source>
        <translation>Tento týždeň nemá nikto narodeniny.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="57"/>
        <source>Deals closing this month</source>
        <translation>Obchody na uzavretie tento mesiac</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="58"/>
        <source>No open deals are expected to close this month.</source>
        <translation>Tento mesiac sa nečaká uzavretie žiadneho obchodu.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>Tickets past due</source>
        <translation>Tikety po termíne</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>No ticket is late.</source>
        <translation>Žiadny tiket nemešká.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="68"/>
        <source>Show all %n</source>
        <translation>
            <numerusform>Zobraziť všetky (%Ln)</numerusform>
            <numerusform>Zobraziť všetky (%Ln)</numerusform>
            <numerusform>Zobraziť všetky (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="92"/>
        <source>Follow-up</source>
        <translation>Ozvať sa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="110"/>
        <source>turns %n</source>
        <translation>
            <numerusform>bude mať %Ln rok</numerusform>
            <numerusform>bude mať %Ln roky</numerusform>
            <numerusform>bude mať %Ln rokov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>1 day late</source>
        <translation>1 deň po termíne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%Ln deň po termíne</numerusform>
            <numerusform>%Ln dni po termíne</numerusform>
            <numerusform>%Ln dní po termíne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="162"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="170"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="172"/>
        <source>Tomorrow</source>
        <translation>Zajtra</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="174"/>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="175"/>
        <source>ddd d MMM</source>
        <comment>short date format</comment>
        <translation>ddd d. M.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="179"/>
        <source>Urgent</source>
        <translation>Naliehavé</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="181"/>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="110"/>
        <source>Trash</source>
        <translation>Kôš</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="118"/>
        <source>1 deleted record</source>
        <translation>1 odstránený záznam</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="119"/>
        <source>%Ln deleted records</source>
        <translation>
            <numerusform>%Ln odstránený záznam</numerusform>
            <numerusform>%Ln odstránené záznamy</numerusform>
            <numerusform>%Ln odstránených záznamov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="121"/>
        <source>the %Ln most recent are listed</source>
        <translation>
            <numerusform>zobrazuje sa %Ln najnovší</numerusform>
            <numerusform>zobrazujú sa %Ln najnovšie</numerusform>
            <numerusform>zobrazuje sa %Ln najnovších</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="153"/>
        <source>1 record restored.</source>
        <translation>1 záznam bol obnovený.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="155"/>
        <source>%Ln records restored.</source>
        <translation>
            <numerusform>%Ln záznam bol obnovený.</numerusform>
            <numerusform>%Ln záznamy boli obnovené.</numerusform>
            <numerusform>%Ln záznamov bolo obnovených.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="163"/>
        <source>Empty the Trash</source>
        <translation>Vyprázdniť kôš</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="164"/>
        <source>Erase everything in the trash for good?</source>
        <translation>Natrvalo vymazať všetko v koši?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="165"/>
        <source>Erased records cannot be restored or undone.</source>
        <translation>Vymazané záznamy sa nedajú obnoviť ani vrátiť späť.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="166"/>
        <source>Empty Trash</source>
        <translation>Vyprázdniť kôš</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="178"/>
        <source>The trash is empty now.</source>
        <translation>Kôš je teraz prázdny.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="182"/>
        <source>Restore</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="183"/>
        <source>Put the selected records back where they were</source>
        <translation>Vrátiť vybrané záznamy tam, kde boli</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="184"/>
        <source>Empty Trash…</source>
        <translation>Vyprázdniť kôš…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="186"/>
        <source>The trash is empty</source>
        <translation>Kôš je prázdny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="187"/>
        <source>Deleted contacts, companies, deals and more wait here until you empty it.</source>
        <translation>Odstránené kontakty, firmy, obchody a ďalšie záznamy tu počkajú, kým kôš nevyprázdnite.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="51"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="52"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="53"/>
        <source>Interaction</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="54"/>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="55"/>
        <source>Deal</source>
        <translation>Obchod</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="56"/>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="57"/>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Deleted</source>
        <translation>Odstránené</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_commands.py" line="30"/>
        <source>Edit</source>
        <translation>Úprava</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="23"/>
        <source>Log Interaction</source>
        <translation>Zaznamenanie aktivity</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="46"/>
        <source>Mark Task Done</source>
        <translation>Označenie úlohy ako hotovej</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="48"/>
        <source>Mark Task Not Done</source>
        <translation>Označenie úlohy ako nehotovej</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="59"/>
        <source>1 record merged since the import was kept as it is.</source>
        <translation>1 záznam zlúčený po importe zostal zachovaný tak, ako je.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="61"/>
        <source>%Ln records merged since the import were kept as they are.</source>
        <translation>
            <numerusform>%Ln záznam zlúčený po importe zostal zachovaný tak, ako je.</numerusform>
            <numerusform>%Ln záznamy zlúčené po importe zostali zachované tak, ako sú.</numerusform>
            <numerusform>%Ln záznamov zlúčených po importe zostalo zachovaných tak, ako sú.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="144"/>
        <source>Welcome to crmdesk</source>
        <translation>Vitajte v crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="146"/>
        <source>This file is empty</source>
        <translation>Tento súbor je prázdny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="150"/>
        <source>Keep every customer, conversation and deal in one file on this computer. Look around in a file full of sample customers, or bring in the spreadsheet you use today.</source>
        <translation>Majte všetkých zákazníkov, rozhovory a obchody v jednom súbore na tomto počítači. Rozhliadnite sa v súbore plnom ukážkových zákazníkov alebo si načítajte tabuľku, ktorú používate dnes.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="155"/>
        <source>Create a Demo File</source>
        <translation>Vytvoriť ukážkový súbor</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="156"/>
        <source>Import a Spreadsheet</source>
        <translation>Importovať tabuľku</translation>
    </message>
</context>
<context>
    <name>_AddressBlock</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="47"/>
        <source>Address label</source>
        <translation>Typ adresy</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="49"/>
        <source>Street and number</source>
        <translation>Ulica a číslo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="50"/>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="51"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="52"/>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="53"/>
        <source>Country code</source>
        <translation>Kód krajiny</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="67"/>
        <source>Two-letter country code, e.g. SK, IR, CN</source>
        <translation>Dvojpísmenový kód krajiny, napr. SK, IR, CN</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="72"/>
        <source>Remove address</source>
        <translation>Odstrániť adresu</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="47"/>
        <source>Label</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="56"/>
        <source>Stored in international form</source>
        <translation>Uložené v medzinárodnom tvare</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="66"/>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
</context>
</TS>
