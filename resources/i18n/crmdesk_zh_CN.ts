<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="96"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="97"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="98"/>
        <source>New &amp;Demo File…</source>
        <translation>新建演示文件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="100"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="101"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="104"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="106"/>
        <source>&amp;Log Interaction…</source>
        <translation>记录沟通(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="107"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="109"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Start a new, empty crmdesk file</source>
        <translation>新建一个空的 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Open another crmdesk file</source>
        <translation>打开另一个 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Write a copy of this file somewhere else</source>
        <translation>将此文件的副本保存到其他位置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Make a file full of sample customers to explore</source>
        <translation>创建一个包含示例客户的文件来体验</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="121"/>
        <source>Bring in customers from Excel, CSV or vCard</source>
        <translation>从 Excel、CSV 或 vCard 导入客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Search people, companies, deals, tickets and notes</source>
        <translation>搜索联系人、公司、商机、工单和备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>Log a call, meeting, email, message, visit or note</source>
        <translation>记录通话、会议、邮件、消息、拜访或备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
        <source>Read this page again from the file</source>
        <translation>从文件重新读取此页面</translation>
    </message>
</context>
<context>
    <name>AddFieldDialog</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="137"/>
        <source>Add a custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="139"/>
        <source>e.g. Preferred language</source>
        <translation>例如：首选语言</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="143"/>
        <source>Options, separated by commas</source>
        <translation>选项，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="149"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="150"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="151"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="131"/>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="45"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="50"/>
        <source>crmdesk keeps copies of this file in %1. The newest is at the top.</source>
        <translation>crmdesk 将此文件的副本保存在 %1 中。最新的在最上面。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="64"/>
        <source>There are no backups of this file yet.</source>
        <translation>此文件还没有备份。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="67"/>
        <source>Restore as a New File…</source>
        <translation>恢复为新文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="69"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="95"/>
        <source>Restore as a New File</source>
        <translation>恢复为新文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="97"/>
        <source>crmdesk files (*.crm)</source>
        <translation>crmdesk 文件 (*.crm)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/backups.py" line="105"/>
        <source>That file exists; choose another name.</source>
        <translation>该文件已存在，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="274"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="278"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="283"/>
        <source>Year (optional)</source>
        <translation>年（可选）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="287"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="288"/>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="289"/>
        <source>Birth month</source>
        <translation>出生月</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="94"/>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
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
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Deals</source>
        <translation type="unfinished">商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Tickets</source>
        <translation type="unfinished">工单</translation>
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
        <translation type="unfinished">公司</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="81"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="96"/>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="131"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="130"/>
        <source>People (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="133"/>
        <source>Nobody from this company yet. Set a person&apos;s company on their page.</source>
        <translation>这家公司还没有联系人。请在联系人页面上设置其所属公司。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="136"/>
        <source>and %1 more (see the contact list)</source>
        <translation>还有 %1 人（见联系人列表）</translation>
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
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="67"/>
        <source>Name as written</source>
        <translation>按书写方式填写的姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="79"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="81"/>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="87"/>
        <source>Sales and consent</source>
        <translation>销售与授权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="93"/>
        <source>Agreed to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="99"/>
        <source>e.g. signed form, website</source>
        <translation>例如：签署的表格、网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="103"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="104"/>
        <source>Family, hobbies, preferences…</source>
        <translation>家庭、爱好、偏好…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="150"/>
        <source>%1 at %2</source>
        <translation>%2 · %1</translation>
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
        <translation type="unfinished">公司</translation>
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
        <translation type="unfinished">联系人</translation>
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
        <translation>crmdesk 遇到了一个错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="124"/>
        <source>Something went wrong inside crmdesk.</source>
        <translation>crmdesk 内部出现了问题。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="126"/>
        <source>Your data is safe: each change is saved whole or not at all. The details were written to:
%1
Please send that file with a short note of what you did.</source>
        <translation>您的数据是安全的：每次更改要么完整保存，要么完全不保存。详细信息已写入：
%1
请将该文件连同您当时操作的简短说明一起发送给我们。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="133"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="135"/>
        <source>Quit crmdesk</source>
        <translation>退出 crmdesk</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="79"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="80"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/custom_fields.py" line="105"/>
        <source>No custom fields yet. Add one for anything else you track.</source>
        <translation>还没有自定义字段。可以为需要跟踪的其他信息添加字段。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="229"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="248"/>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="259"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="59"/>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="61"/>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="63"/>
        <source>Open Another File…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="71"/>
        <source>Open a crmdesk File</source>
        <translation>打开 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>New crmdesk File</source>
        <translation>新建 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="77"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="98"/>
        <source>“%1” already exists. crmdesk never replaces a file: choose another name.</source>
        <translation>“%1”已存在。crmdesk 从不覆盖文件，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="105"/>
        <source>crmdesk files (*.crm);;All files (*)</source>
        <translation>crmdesk 文件 (*.crm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="133"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="140"/>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="142"/>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="174"/>
        <location filename="../../crmdesk/ui/file_commands.py" line="198"/>
        <source>New Demo File</source>
        <translation>新建演示文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="158"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="168"/>
        <source>Making a demo file with sample customers…</source>
        <translation>正在创建包含示例客户的演示文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="169"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="195"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/file_commands.py" line="199"/>
        <source>The demo file could not be made.</source>
        <translation>无法创建演示文件。</translation>
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
        <translation type="unfinished">搜索</translation>
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
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="23"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="24"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="25"/>
        <source>Former customer</source>
        <translation>前客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="28"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="29"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="30"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="33"/>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="34"/>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="37"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="38"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="40"/>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="41"/>
        <source>Choice from a list</source>
        <translation>从列表中选择</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="43"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="44"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="48"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="51"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="57"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="58"/>
        <source>Shipping</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="62"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="64"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="65"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="66"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="67"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="68"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="69"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="70"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="73"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="74"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="72"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="75"/>
        <source>Lifecycle stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="76"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="77"/>
        <source>Lead score</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="78"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="79"/>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="80"/>
        <source>Consent source</source>
        <translation>授权来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="81"/>
        <source>Personal details</source>
        <translation>个人详情</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="82"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="83"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="84"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="85"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="86"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="87"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="88"/>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="89"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="90"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="91"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="92"/>
        <source>Tax ID</source>
        <translation>税号</translation>
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
        <translation type="unfinished">取消</translation>
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
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="371"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="372"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="373"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="374"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="398"/>
        <source>%1 — crmdesk</source>
        <translation>%1 — crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="413"/>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="476"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="428"/>
        <source>Importing spreadsheets</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="428"/>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="431"/>
        <source>Not Yet Available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="432"/>
        <source>%1 is not yet available: this part of crmdesk is being built.</source>
        <translation>%1暂不可用：crmdesk 的这一部分正在开发中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="464"/>
        <source>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Your customers, conversations, deals, tickets and orders in one file on this computer.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;您的客户、沟通、商机、工单和订单，都在这台电脑上的一个文件里。&lt;/p&gt;&lt;p&gt;字体：Noto Sans 和 Vazirmatn（SIL Open Font License），文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="468"/>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="478"/>
        <source>No file is open</source>
        <translation>没有打开的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="480"/>
        <source>Open a crmdesk file, or start a new one. Everything you keep is in that file.</source>
        <translation>打开一个 crmdesk 文件，或新建一个。您保存的一切都在该文件中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="483"/>
        <source>Open a File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="484"/>
        <source>New File…</source>
        <translation>新建文件…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="172"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="173"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="175"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="176"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="43"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="49"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="53"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="54"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="55"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="56"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="59"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="63"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="67"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="75"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="43"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="53"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="47"/>
        <source>Not yet available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="49"/>
        <source>This part of crmdesk is being built. It will appear here in a coming version.</source>
        <translation>crmdesk 的这一部分正在开发中，将在后续版本中出现在这里。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="16"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="18"/>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="24"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="25"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="26"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="36"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="37"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
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
        <translation type="unfinished">导入电子表格</translation>
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
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="55"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation>记录电话、会议或备注（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="57"/>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="58"/>
        <source>Email</source>
        <translation>发邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="68"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="71"/>
        <source>Add email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="72"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="74"/>
        <source>Write an email</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="79"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="80"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="82"/>
        <source>Call this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="86"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="87"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="88"/>
        <source>Addresses</source>
        <translation>地址</translation>
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
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="119"/>
        <source>Tag name, Enter to add</source>
        <translation>标签名，按回车添加</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="120"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Today</source>
        <translation type="obsolete">今天</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="19"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="20"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="21"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="22"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="23"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="24"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="27"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="28"/>
        <source>Moved to trash</source>
        <translation>已移至回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="29"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="48"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="51"/>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="51"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="54"/>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="54"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="56"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="58"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="61"/>
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="61"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%Ln 个月前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="63"/>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="63"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%Ln 年前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>%Ln 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="71"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>%Ln 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="73"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="74"/>
        <source>in %n days</source>
        <translation>
            <numerusform>%Ln 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="78"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="80"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="89"/>
        <source>%1 changed</source>
        <translation>%1已更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="94"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="94"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="193"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="203"/>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="248"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="208"/>
        <source>Nothing has happened yet. Log a call or a meeting to start this customer&apos;s history.</source>
        <translation>还没有任何记录。记录一次电话或会议，开始这位客户的历史。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="151"/>
        <source>Today</source>
        <translation type="unfinished">今天</translation>
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
        <translation type="unfinished">今天</translation>
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
        <translation type="unfinished">回收站</translation>
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
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="52"/>
        <source>Company</source>
        <translation type="unfinished">公司</translation>
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
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="83"/>
        <source>Welcome to crmdesk</source>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="85"/>
        <source>This file is empty</source>
        <translation>此文件是空的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="89"/>
        <source>Keep every customer, conversation and deal in one file on this computer. Look around in a file full of sample customers, or bring in the spreadsheet you use today.</source>
        <translation>把每一位客户、每一次沟通和每一笔交易都保存在这台电脑上的一个文件里。您可以先在一个满是示例客户的文件中四处看看，或者导入您现在使用的电子表格。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="94"/>
        <source>Create a Demo File</source>
        <translation>创建演示文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="95"/>
        <source>Import a Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
</context>
<context>
    <name>_AddressBlock</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="47"/>
        <source>Address label</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="49"/>
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="50"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="51"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="52"/>
        <source>Region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="53"/>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="67"/>
        <source>Two-letter country code, e.g. SK, IR, CN</source>
        <translation>两个字母的国家代码，例如 CN、SK、IR</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/address_editor.py" line="72"/>
        <source>Remove address</source>
        <translation>删除地址</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="33"/>
        <source>Label</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="40"/>
        <source>Stored in international form</source>
        <translation>以国际格式保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="50"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
