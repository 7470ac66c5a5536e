<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="96"/>
        <source>&amp;New File…</source>
        <translation>新建文件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="97"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="98"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="99"/>
        <source>New &amp;Demo File…</source>
        <translation>新建演示文件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="100"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="101"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="102"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="104"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="106"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="107"/>
        <source>&amp;Log Interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="109"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="114"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Start a new, empty crmdesk file</source>
        <translation>新建一个空的 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Open another crmdesk file</source>
        <translation>打开另一个 crmdesk 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Write a copy of this file somewhere else</source>
        <translation>将此文件的副本保存到其他位置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="121"/>
        <source>Make a file full of sample customers to explore</source>
        <translation>创建一个包含示例客户的文件来体验</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Bring in customers from Excel, CSV or vCard</source>
        <translation>从 Excel、CSV 或 vCard 导入客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Search people, companies, deals, tickets and notes</source>
        <translation>搜索联系人、公司、商机、工单和备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="125"/>
        <source>Log a call, meeting, email, message, visit or note</source>
        <translation>记录通话、会议、邮件、消息、拜访或备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="127"/>
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
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="281"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="285"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="290"/>
        <source>Year (optional)</source>
        <translation>年（可选）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="294"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="295"/>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/inline_editors.py" line="296"/>
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
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="149"/>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="181"/>
        <source>Actions and Pages</source>
        <translation>操作和页面</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="197"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="198"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="199"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="300"/>
        <source>Search people, companies, deals… or type a command</source>
        <translation>搜索联系人、公司、商机……或输入命令</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="301"/>
        <source>Search and commands</source>
        <translation>搜索和命令</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/command_palette.py" line="302"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="42"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="43"/>
        <source>Any industry</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="44"/>
        <source>Any size</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="45"/>
        <source>Any lifecycle</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="61"/>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="82"/>
        <source>New Company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="62"/>
        <source>Name of the company:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="63"/>
        <source>Add Company</source>
        <translation>添加公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="80"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="81"/>
        <source>All companies</source>
        <translation>全部公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="83"/>
        <source>No companies yet</source>
        <translation>还没有公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="84"/>
        <source>Add one or import your Excel file.</source>
        <translation>添加一家公司，或导入您的 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="85"/>
        <source>No companies match these filters</source>
        <translation>没有符合筛选条件的公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="86"/>
        <source>Try fewer filters, or clear them to see them all.</source>
        <translation>请减少筛选条件，或清除筛选以查看全部。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="92"/>
        <source>%1 of 1 company</source>
        <translation>%1 家（共 1 家公司）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="94"/>
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 家（共 %Ln 家公司）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>1 company</source>
        <translation>1 家公司</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="97"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln 家公司</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/companies_page.py" line="101"/>
        <source>1 company moved to the trash.</source>
        <translation>已将 1 家公司移至回收站。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/companies_page.py" line="102"/>
        <source>%Ln companies moved to the trash.</source>
        <translation>
            <numerusform>已将 %Ln 家公司移至回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="107"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="124"/>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="162"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="161"/>
        <source>People (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="164"/>
        <source>Nobody from this company yet. Set a person&apos;s company on their page.</source>
        <translation>这家公司还没有联系人。请在联系人页面上设置其所属公司。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/company_detail.py" line="167"/>
        <source>and %Ln more (see the contact list)</source>
        <translation>
            <numerusform>还有 %Ln 人（见联系人列表）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="45"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="46"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="47"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="48"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="50"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="51"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="55"/>
        <source>Lifecycle</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="60"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/company_table.py" line="63"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="70"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="71"/>
        <source>Name as written</source>
        <translation>按书写方式填写的姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="83"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="85"/>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="91"/>
        <source>Sales and consent</source>
        <translation>销售与授权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="97"/>
        <source>Agreed to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="103"/>
        <source>e.g. signed form, website</source>
        <translation>例如：签署的表格、网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="107"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="108"/>
        <source>Family, hobbies, preferences…</source>
        <translation>家庭、爱好、偏好…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contact_detail.py" line="154"/>
        <source>%1 at %2</source>
        <translation>%2 · %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="45"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="48"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="53"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="54"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="55"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="58"/>
        <source>Lifecycle</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="65"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="72"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="80"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="87"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contact_table.py" line="94"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="55"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="56"/>
        <source>Make the two selected contacts one</source>
        <translation>将所选的两个联系人合并为一个</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="77"/>
        <source>Contacts merged.</source>
        <translation>联系人已合并。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="84"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="85"/>
        <source>Any lifecycle</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="86"/>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="87"/>
        <source>Any deals</source>
        <translation>全部商机状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="90"/>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="98"/>
        <source>Birthday in %1</source>
        <translation>%1生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>Has an open deal</source>
        <translation>有进行中的商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="110"/>
        <source>No open deal</source>
        <translation>无进行中的商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="137"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="138"/>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="139"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="140"/>
        <source>No contacts yet</source>
        <translation>还没有联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="141"/>
        <source>Add one or import your Excel file.</source>
        <translation>添加一个联系人，或导入您的 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="142"/>
        <source>No contacts match these filters</source>
        <translation>没有符合筛选条件的联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="143"/>
        <source>Try fewer filters, or clear them to see everyone.</source>
        <translation>请减少筛选条件，或清除筛选以查看所有人。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="149"/>
        <source>%1 of 1 contact</source>
        <translation>%1 个（共 1 个联系人）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="151"/>
        <source>%1 of %Ln contacts</source>
        <translation>
            <numerusform>%1 个（共 %Ln 个联系人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="154"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="158"/>
        <source>1 contact moved to the trash.</source>
        <translation>已将 1 个联系人移至回收站。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/contacts_page.py" line="159"/>
        <source>%Ln contacts moved to the trash.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人移至回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../crmdesk/app.py" line="130"/>
        <source>crmdesk hit a bug</source>
        <translation>crmdesk 遇到了一个错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="132"/>
        <source>Something went wrong inside crmdesk.</source>
        <translation>crmdesk 内部出现了问题。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="134"/>
        <source>Your data is safe: each change is saved whole or not at all. The details were written to:
%1
Please send that file with a short note of what you did.</source>
        <translation>您的数据是安全的：每次更改要么完整保存，要么完全不保存。详细信息已写入：
%1
请将该文件连同您当时操作的简短说明一起发送给我们。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="141"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="143"/>
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
    <name>DateOrderQuestion</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="78"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="79"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="81"/>
        <source>The dates in %1 can be read two ways, like 03/04/2024. How are they written?</source>
        <translation>%1 中的日期有两种读法，例如 03/04/2024。它们是怎么写的？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="84"/>
        <source>Day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="85"/>
        <source>Month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/date_question.py" line="95"/>
        <source>%1: “%2” is %3</source>
        <translation>%1：“%2”即 %3</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="259"/>
        <location filename="../../crmdesk/ui/views/detail_page.py" line="270"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="143"/>
        <source>Search Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="144"/>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="146"/>
        <source>No duplicates found</source>
        <translation>未发现重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="147"/>
        <source>No two people share an email, a phone, or a name at the same company.</source>
        <translation>没有两个人使用相同的邮箱、电话，或在同一公司中同名。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="149"/>
        <source>Looking for people who are in the file twice…</source>
        <translation>正在查找重复录入的联系人…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="156"/>
        <source>1 group of people who may be the same</source>
        <translation>1 组可能重复的联系人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="158"/>
        <source>%Ln groups of people who may be the same</source>
        <translation>
            <numerusform>%Ln 组可能重复的联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="159"/>
        <source>Duplicates</source>
        <translation>重复联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="213"/>
        <source>Same email: %1</source>
        <translation>邮箱相同：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="214"/>
        <source>Same phone: %1</source>
        <translation>电话相同：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="215"/>
        <source>Same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="220"/>
        <source>Similar names (%1% alike)</source>
        <translation>姓名相似（相似度 %1%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="267"/>
        <source>“%1” was merged into “%2”.</source>
        <translation>“%1”已合并到“%2”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/duplicates_page.py" line="268"/>
        <source>Undo</source>
        <translation>撤销</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="85"/>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="89"/>
        <source>Excel, OpenDocument, CSV or vCard. Nothing is written to crmdesk until you press Import.</source>
        <translation>Excel、OpenDocument、CSV 或 vCard。在您点击“导入”之前，不会向 crmdesk 写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="94"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="98"/>
        <source>Drop a spreadsheet here</source>
        <translation>将电子表格拖放到这里</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="99"/>
        <source>xlsx, xlsm, xls, ods, csv, tsv or vcf</source>
        <translation>xlsx、xlsm、xls、ods、csv、tsv 或 vcf</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="100"/>
        <source>Choose a File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="102"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="103"/>
        <source>or type the path of a file</source>
        <translation>或输入文件路径</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="104"/>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="106"/>
        <source>Contacts with their emails, phones and companies</source>
        <translation>联系人及其邮箱、电话和公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="109"/>
        <source>Organisations: name, industry, website, address</source>
        <translation>机构：名称、行业、网站、地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="112"/>
        <source>Purchase history, linked to the customers who bought</source>
        <translation>购买记录，关联到购买的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="114"/>
        <source>Import History…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="131"/>
        <source>Spreadsheets and contact files</source>
        <translation>电子表格和联系人文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="133"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="136"/>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="152"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/file_page.py" line="154"/>
        <source>There is no file at “%1”.</source>
        <translation>“%1”处没有文件。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="235"/>
        <source>Search by name or email…</source>
        <translation>按姓名或邮箱搜索…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="236"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="237"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="238"/>
        <source>Show everything again</source>
        <translation>重新显示全部</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="239"/>
        <source>Save as segment…</source>
        <translation>另存为客户分群…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/filter_bar.py" line="240"/>
        <source>Keep this filter under a name to reopen it later</source>
        <translation>为此筛选命名保存，以便日后再次打开</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="94"/>
        <source>Import &amp;History…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="95"/>
        <source>See past imports and undo one</source>
        <translation>查看以往的导入并可撤销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="96"/>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>查找重复联系人(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="97"/>
        <source>People who are in the file twice, to merge</source>
        <translation>查找重复录入的联系人并合并</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="19"/>
        <source>crmdesk ID</source>
        <translation>crmdesk ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="20"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="71"/>
        <source>Email</source>
        <extracomment>Keys of ``Draft.preview()`` that are not plain record fields.</extracomment>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="21"/>
        <source>Email type</source>
        <translation>邮箱类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="22"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="23"/>
        <source>Phone type</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="24"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="25"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="26"/>
        <source>Region / state</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="27"/>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="28"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="29"/>
        <source>Address type</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="30"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="81"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="31"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="82"/>
        <source>Customer email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="32"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="83"/>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="33"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="74"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="84"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="34"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="35"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="36"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="85"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="37"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="86"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="38"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="87"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="39"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="40"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="41"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="42"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="43"/>
        <source>Birth month</source>
        <translation>出生月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="44"/>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="45"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="46"/>
        <source>Lifecycle stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="47"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="48"/>
        <source>Lead score</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="49"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="50"/>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="51"/>
        <source>Personal details</source>
        <translation>个人详情</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="52"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="53"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="54"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="88"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="55"/>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="56"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="57"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="58"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="75"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="59"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="76"/>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="60"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="61"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="62"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="63"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="64"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="65"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="77"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="66"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="78"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="67"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="73"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="80"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="92"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="93"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="96"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="97"/>
        <source>companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="100"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="101"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="105"/>
        <source>Day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="106"/>
        <source>Month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/texts.py" line="107"/>
        <source>Year first</source>
        <translation>年在前</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="108"/>
        <source>Import History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="111"/>
        <source>Every import into this file. Undoing one removes what it created and gives the fields it changed their old values back.</source>
        <translation>此文件的所有导入记录。撤销某次导入会删除它创建的内容，并将它修改过的字段恢复为原值。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="117"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="118"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="123"/>
        <source>No imports yet</source>
        <translation>还没有导入记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="124"/>
        <source>Files you import appear here, and each import can be undone.</source>
        <translation>您导入的文件会显示在这里，每次导入都可以撤销。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="126"/>
        <source>Undo Import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="127"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="133"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="134"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="168"/>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="169"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="184"/>
        <source>Undo the import of “%1” (%2)? What it created is removed and the fields it changed get their old values back.</source>
        <translation>撤销“%1”（%2）的导入？它创建的内容将被删除，它修改过的字段将恢复为原值。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import?</source>
        <translation>撤销导入？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="189"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="198"/>
        <source>The import was undone.</source>
        <translation>导入已撤销。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="58"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="59"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="60"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="61"/>
        <source>Fails</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="163"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="205"/>
        <source>Import a Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/wizard.py" line="206"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="143"/>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="144"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="29"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="30"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="32"/>
        <source>Former customer</source>
        <translation>前客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="35"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="36"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="37"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="67"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="40"/>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="41"/>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="44"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="45"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="47"/>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="48"/>
        <source>Choice from a list</source>
        <translation>从列表中选择</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="52"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="53"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="54"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="56"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="59"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="60"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="61"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="62"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="63"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="65"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="66"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="70"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="73"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="79"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="80"/>
        <source>Shipping</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="85"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="86"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="87"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="88"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="89"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="90"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="91"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="92"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="93"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="95"/>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="96"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="94"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="97"/>
        <source>Lifecycle stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="98"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="99"/>
        <source>Lead score</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="100"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="101"/>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="102"/>
        <source>Consent source</source>
        <translation>授权来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="103"/>
        <source>Personal details</source>
        <translation>个人详情</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="104"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="105"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="106"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="107"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="108"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="109"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="110"/>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="111"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="112"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="113"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labels.py" line="114"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="137"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="42"/>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="138"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="73"/>
        <source>d MMMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/formatting.py" line="79"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="163"/>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="167"/>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="91"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="101"/>
        <source>Select at most %Ln rows to change them all at once.</source>
        <translation>
            <numerusform>一次最多可批量修改 %Ln 行，请减少所选行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="164"/>
        <source>Tag for the selected record:</source>
        <translation>所选记录的标签：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/list_actions.py" line="166"/>
        <source>Tag for the %Ln selected records:</source>
        <translation>
            <numerusform>所选 %Ln 条记录的标签：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="186"/>
        <source>Save Segment</source>
        <translation>保存客户分群</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="187"/>
        <source>Name of this segment:</source>
        <translation>客户分群名称：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="188"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="221"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="222"/>
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="223"/>
        <source>Remove Tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="224"/>
        <source>Lifecycle</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="225"/>
        <source>Set Lifecycle</source>
        <translation>设置客户阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="226"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="227"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>将所选记录移至回收站（Delete）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_actions.py" line="228"/>
        <source>Filter the List</source>
        <translation>筛选列表</translation>
    </message>
</context>
<context>
    <name>ListShortcuts</name>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="53"/>
        <source>New &amp;Contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/list_shortcuts.py" line="54"/>
        <source>Add a person: name, email, phone and company</source>
        <translation>添加联系人：姓名、邮箱、电话和公司</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="272"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="273"/>
        <source>Follow up with %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="318"/>
        <source>Choose a person or company from the suggestions.</source>
        <translation>请从建议中选择一个联系人或公司。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="319"/>
        <source>Type a name, then choose who this was with.</source>
        <translation>请输入姓名，然后选择对方是谁。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="345"/>
        <source>Log Interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="347"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;With:</source>
        <translation>对象(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="349"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="350"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="351"/>
        <source>D&amp;ue:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="355"/>
        <source>Type to find a person or company</source>
        <translation>输入以查找联系人或公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="356"/>
        <source>What was it about?</source>
        <translation>关于什么？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="357"/>
        <source>What was said, agreed or promised</source>
        <translation>说了什么、约定了什么、承诺了什么</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="358"/>
        <source>e.g. Interested, sending an offer</source>
        <translation>例如：有兴趣，将发送报价</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="359"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="360"/>
        <source>No duration</source>
        <translation>无时长</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="361"/>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="362"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="363"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="364"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="365"/>
        <source>Add a &amp;follow-up task</source>
        <translation>添加跟进任务(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="366"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="367"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="369"/>
        <source>%1 saves · Esc cancels</source>
        <translation>%1 保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="378"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="379"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="384"/>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="385"/>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="386"/>
        <source>No direction</source>
        <translation>无方向</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="389"/>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="390"/>
        <source>Normal priority</source>
        <translation>普通优先级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="391"/>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/log_interaction.py" line="392"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="381"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="382"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="383"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="384"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="408"/>
        <source>%1 — crmdesk</source>
        <translation>%1 — crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="429"/>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="501"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Importing spreadsheets</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="444"/>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="447"/>
        <source>Not Yet Available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="448"/>
        <source>%1 is not yet available: this part of crmdesk is being built.</source>
        <translation>%1暂不可用：crmdesk 的这一部分正在开发中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="482"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="489"/>
        <source>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;Your customers, conversations, deals, tickets and orders in one file on this computer.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Vazirmatn (SIL Open Font License), WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk %1&lt;/h3&gt;&lt;p&gt;您的客户、沟通、商机、工单和订单，都在这台电脑上的一个文件里。&lt;/p&gt;&lt;p&gt;字体：Noto Sans 和 Vazirmatn（SIL Open Font License），文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="493"/>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="503"/>
        <source>No file is open</source>
        <translation>没有打开的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="505"/>
        <source>Open a crmdesk file, or start a new one. Everything you keep is in that file.</source>
        <translation>打开一个 crmdesk 文件，或新建一个。您保存的一切都在该文件中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="508"/>
        <source>Open a File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="509"/>
        <source>New File…</source>
        <translation>新建文件…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="99"/>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="103"/>
        <source>crmdesk guessed what each column holds; change any of them. Columns it did not recognise become custom fields, so nothing is lost.</source>
        <translation>crmdesk 已推测每一列的内容，您可以修改其中任意一列。无法识别的列将成为自定义字段，不会丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="108"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="111"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>不带国家代码的电话号码所属国家：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="112"/>
        <source>Load Mapping…</source>
        <translation>载入映射…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="113"/>
        <source>Save Mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="121"/>
        <source>Not set: only numbers written with +</source>
        <translation>未设置：仅识别带 + 的号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="190"/>
        <source>%1 to fields, %2 to new custom fields, %3 not imported</source>
        <translation>%1 列对应字段，%2 列成为新自定义字段，%3 列不导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="204"/>
        <source>No column is mapped to a name: people are named by their email or phone, and rows with neither fail.</source>
        <translation>没有列对应到姓名：联系人将以邮箱或电话命名，两者都没有的行将导入失败。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="209"/>
        <source>No column is mapped to the company name: every row fails.</source>
        <translation>没有列对应到公司名称：所有行都将导入失败。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="211"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="212"/>
        <source>Not in this file: %1.</source>
        <translation>此文件中没有：%1。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <source>Load a Mapping</source>
        <translation>载入映射</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="236"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="273"/>
        <source>Mappings</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="248"/>
        <source>This mapping is for %1, but you are importing %2.</source>
        <translation>此映射适用于%1，但您正在导入%2。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_page.py" line="271"/>
        <source>Save the Mapping</source>
        <translation>保存映射</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="94"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="95"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="96"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="97"/>
        <source>Label or type</source>
        <translation>类别 / 类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="119"/>
        <source>(empty in the first rows)</source>
        <translation>（前几行为空）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="138"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="139"/>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/mapping_table.py" line="145"/>
        <source>Import “%1” as</source>
        <translation>将“%1”导入为</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="173"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="174"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="178"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="30"/>
        <source>Merge Contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="33"/>
        <source>Which contact do you keep?</source>
        <translation>保留哪个联系人？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="43"/>
        <source>The other contact&apos;s emails, phones, addresses, tags and whole history move to the one you keep; it then goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>另一个联系人的邮箱、电话、地址、标签和全部历史将转移到您保留的联系人，随后它会被移至回收站。使用“编辑 &gt; 撤销”可再次将二者分开。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_contacts.py" line="57"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="202"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="203"/>
        <source>Keep the other contact instead</source>
        <translation>改为保留另一个联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="204"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="207"/>
        <source>Emails, phones, addresses and tags of both are kept. Calls, tasks, deals, tickets and orders move to the contact that stays; the other goes to the trash. Edit &gt; Undo separates them again.</source>
        <translation>两者的邮箱、电话、地址和标签都会保留。通话、任务、商机、工单和订单将转移到保留的联系人，另一个将移至回收站。使用“编辑 &gt; 撤销”可再次将二者分开。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="247"/>
        <source>Stays</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="249"/>
        <source>Merged into it, then trashed</source>
        <translation>合并后移至回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="297"/>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="298"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="37"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="44"/>
        <source>Full name, as they write it</source>
        <translation>全名，按对方的写法</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="45"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="46"/>
        <source>+98 912 345 6789</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="47"/>
        <source>Type to find or add a company</source>
        <translation>输入以查找或添加公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="63"/>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="85"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="86"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/new_contact.py" line="87"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crmdesk/ui/views/bulk_bar.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="41"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="44"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="50"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="54"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="55"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="56"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="57"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="60"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="64"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="68"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/__init__.py" line="76"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_actions.py" line="54"/>
        <source>Duplicates</source>
        <translation>重复联系人</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="66"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/company_detail.py" line="76"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../crmdesk/ui/views/merge_view.py" line="144"/>
        <source>#%1 · added %2</source>
        <extracomment>(choice key for ``merge_contacts``, field label key, how to show it)</extracomment>
        <translation>#%1 · 添加于 %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="57"/>
        <source>This page is not available yet.</source>
        <translation>此页面暂不可用。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="60"/>
        <source>Your deals on a board, stage by stage</source>
        <translation>在看板上按阶段管理您的商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="62"/>
        <source>Drag a deal to its next stage and see each stage&apos;s total and the weighted forecast. Until then, each customer&apos;s deals are on their timeline.</source>
        <translation>将商机拖到下一阶段，查看每个阶段的总额和加权预测。在此之前，每位客户的商机都显示在其时间线上。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="67"/>
        <source>Requests and complaints, none forgotten</source>
        <translation>请求和投诉，一个都不落下</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="69"/>
        <source>Status, priority and due date for every request, complaint and question. Until then, each customer&apos;s tickets are on their timeline.</source>
        <translation>每个请求、投诉和咨询都有状态、优先级和截止日期。在此之前，每位客户的工单都显示在其时间线上。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="74"/>
        <source>Every purchase, and what each customer is worth</source>
        <translation>每一笔购买，以及每位客户的价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="76"/>
        <source>Purchase history with lifetime value, last purchase and customer segments. Until then, each customer&apos;s orders are on their timeline.</source>
        <translation>购买记录，包括客户终身价值、最近一次购买和客户分群。在此之前，每位客户的订单都显示在其时间线上。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="81"/>
        <source>Reports for the bank, the accountant and Monday&apos;s meeting</source>
        <translation>为银行、会计和周一例会准备的报表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="83"/>
        <source>Customer lists, pipeline, tickets, activity, birthdays and customer value as PDF, in every language. Until then, each customer&apos;s whole history is on their page.</source>
        <translation>客户列表、销售漏斗、工单、活动、生日和客户价值，均可导出为任意语言的 PDF。在此之前，每位客户的完整历史都在其页面上。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="89"/>
        <source>Your numbers at a glance</source>
        <translation>关键数据，一目了然</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="91"/>
        <source>Pipeline by stage, revenue won per month, open tickets by age and activity per week. Until then, Today shows what needs you now.</source>
        <translation>按阶段查看销售漏斗、每月赢单收入、按时长统计的未结工单以及每周活动。在此之前，“今天”页面会显示当前需要您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>Not yet available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="98"/>
        <source>It will appear here in a coming version.</source>
        <translation>将在后续版本中出现在这里。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="105"/>
        <source>Coming in a later version</source>
        <translation>将在后续版本中推出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Today</source>
        <translation>前往“今天”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="108"/>
        <source>Go to Contacts</source>
        <translation>前往联系人</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="44"/>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="50"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="51"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="52"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="65"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="72"/>
        <source>Local &amp;phone numbers are from:</source>
        <translation>本地电话号码所属国家(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="73"/>
        <source>Default &amp;currency:</source>
        <translation>默认币种(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/preferences.py" line="84"/>
        <source>Not chosen (numbers need a +country code)</source>
        <translation>未选择（号码需带 + 国家代码）</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="184"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="186"/>
        <source>Will be</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_model.py" line="188"/>
        <source>Remarks</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="145"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="148"/>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>尚未写入任何内容。请检查各行，然后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="153"/>
        <source>When a row matches one of the %1 already in crmdesk:</source>
        <translation>当某行与 crmdesk 中已有的%1匹配时：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="156"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="157"/>
        <source>Update: fill only empty fields</source>
        <translation>更新：仅填写空字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="158"/>
        <source>Update: overwrite with the file&apos;s values</source>
        <translation>更新：用文件中的值覆盖</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="159"/>
        <source>Create a new record anyway</source>
        <translation>仍然新建记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="163"/>
        <source>Only rows with problems</source>
        <translation>仅显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="169"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="172"/>
        <source>Import 1 Row</source>
        <translation>导入 1 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="173"/>
        <source>Import %Ln Rows</source>
        <translation>
            <numerusform>导入 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="295"/>
        <source>All %Ln rows</source>
        <translation>
            <numerusform>全部 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="270"/>
        <source>new %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="271"/>
        <source>%1 updated</source>
        <translation>更新的%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="272"/>
        <source>rows skipped</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="273"/>
        <source>rows that fail</source>
        <translation>将失败的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/preview_page.py" line="292"/>
        <source>The first %1 of %2 rows</source>
        <translation>前 %1 行（共 %2 行）</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="17"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="19"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="20"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/qt_strings.py" line="22"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="99"/>
        <source>Saved to %1’s history</source>
        <translation>已保存到 %1 的历史记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_actions.py" line="141"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="321"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="335"/>
        <source>Import a Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_list_page.py" line="338"/>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="67"/>
        <source>Log interaction</source>
        <extracomment>Badge hue per lifecycle (lead blue, prospect amber, customer green, former grey).</extracomment>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="68"/>
        <source>Log a call, meeting or note (Ctrl+L)</source>
        <translation>记录电话、会议或备注（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="69"/>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="70"/>
        <source>Email</source>
        <translation>发邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="76"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="79"/>
        <source>Add email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="80"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="82"/>
        <source>Write an email</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="87"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="88"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="90"/>
        <source>Call this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="94"/>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="95"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/record_page.py" line="96"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../crmdesk/ui/views/record_table_view.py" line="180"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="68"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="71"/>
        <source>You can cancel at any moment: then nothing is changed.</source>
        <translation>您可以随时取消，取消后不会做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="74"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing 1 row…</source>
        <translation>正在导入 1 行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="80"/>
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>正在导入 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="86"/>
        <source>Reading rows</source>
        <translation>读取行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="87"/>
        <source>Checking rows</source>
        <translation>检查行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="88"/>
        <source>Writing records</source>
        <translation>写入记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="89"/>
        <source>Indexing for search</source>
        <translation>建立搜索索引</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="103"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="119"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="128"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="139"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="143"/>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>导入已停止：%1 未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/run_page.py" line="147"/>
        <source>The import stopped because of an error. Nothing was changed.</source>
        <translation>导入因出错而停止，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_sections.py" line="265"/>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="108"/>
        <source>Delete Segment</source>
        <translation>删除客户分群</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="114"/>
        <location filename="../../crmdesk/ui/views/segments_panel.py" line="115"/>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="91"/>
        <source>Sheet and Header Row</source>
        <translation>工作表和标题行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="94"/>
        <source>Check the row with the column names. Rows above it are skipped.</source>
        <translation>请确认包含列名的行。该行上方的行将被跳过。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="97"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="100"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="101"/>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="102"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="103"/>
        <source>Or click a row in the grid</source>
        <translation>或在表格中点击一行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="122"/>
        <source>%1 (about %2 rows)</source>
        <translation>%1（约 %2 行）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="125"/>
        <source>— hidden</source>
        <translation>— 已隐藏</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="186"/>
        <source>found by crmdesk</source>
        <translation>由 crmdesk 识别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="189"/>
        <source>crmdesk found row %1</source>
        <translation>crmdesk 识别的是第 %1 行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="197"/>
        <source>Row %1 holds the names of %2 columns; about %3 rows of data follow.</source>
        <translation>第 %1 行包含 %2 个列名，其后约有 %3 行数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/sheet_page.py" line="201"/>
        <source>No header row: every row is data, and the %2 columns are named by letter (about %3 rows).</source>
        <translation>无标题行：每一行都是数据，%2 列按字母命名（约 %3 行）。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="105"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="109"/>
        <source>Every row of “%1” is accounted for below.</source>
        <translation>下面列出了“%1”中每一行的处理结果。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="112"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="122"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="124"/>
        <source>Save Failed Rows…</source>
        <translation>保存失败的行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="126"/>
        <source>An Excel file of the rows that failed, with the reason: fix and import it</source>
        <translation>包含失败行及原因的 Excel 文件：修正后可再次导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="128"/>
        <source>Undo This Import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="141"/>
        <source>%1 rows read: %2 created, %3 updated, %4 skipped, %5 failed.</source>
        <translation>已读取 %1 行：新建 %2，更新 %3，跳过 %4，失败 %5。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="152"/>
        <source>%1 created</source>
        <translation>新建的%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="153"/>
        <source>%1 updated</source>
        <translation>更新的%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="154"/>
        <source>rows skipped</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="155"/>
        <source>rows failed</source>
        <translation>失败的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="187"/>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="196"/>
        <source>Save Failed Rows</source>
        <translation>保存失败的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="198"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="212"/>
        <source>1 failed row saved to “%1”.</source>
        <translation>已将 1 个失败行保存到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="214"/>
        <source>%Ln failed rows saved to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个失败行保存到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="223"/>
        <source>What this import created is removed, and the fields it changed get their old values back. Records you edited since are moved to the trash instead.</source>
        <translation>此次导入创建的内容将被删除，修改过的字段将恢复为原值。之后被您编辑过的记录将改为移至回收站。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo This Import?</source>
        <translation>撤销此次导入？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="227"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/summary_page.py" line="240"/>
        <source>The import was undone.</source>
        <translation>导入已撤销。</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="132"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="133"/>
        <source>Tag name, Enter to add</source>
        <translation>标签名，按回车添加</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/chips.py" line="134"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="31"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="32"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="33"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="34"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="35"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="36"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="39"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="40"/>
        <source>Moved to trash</source>
        <translation>已移至回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="41"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="42"/>
        <source>Merged with a duplicate</source>
        <translation>已与重复项合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="43"/>
        <source>Merged into another contact</source>
        <translation>已合并到另一个联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="44"/>
        <source>Merge undone</source>
        <translation>已撤销合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="66"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="69"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="72"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="74"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="76"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="79"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%Ln 个月前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="81"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%Ln 年前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="87"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>%Ln 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="89"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>%Ln 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="91"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="92"/>
        <source>in %n days</source>
        <translation>
            <numerusform>%Ln 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="96"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="98"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="117"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="126"/>
        <source>%1 changed</source>
        <translation>%1已更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_texts.py" line="131"/>
        <source>Order</source>
        <translation>订单</translation>
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
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/timeline_view.py" line="229"/>
        <source>Nothing has happened yet. Log a call or a meeting to start this customer&apos;s history.</source>
        <translation>还没有任何记录。记录一次电话或会议，开始这位客户的历史。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="170"/>
        <source>Today could not be read. Press %1 to try again.</source>
        <translation>无法读取“今天”页面。请按 %1 重试。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="176"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>“%1” is done.</source>
        <translation>“%1”已完成。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="239"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="246"/>
        <source>Log Interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="249"/>
        <source>Log a call, meeting or note (%1)</source>
        <translation>记录电话、会议或备注（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="252"/>
        <source>You’re all caught up</source>
        <translation>一切都已处理完毕</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_page.py" line="254"/>
        <source>Nothing is late or due today, no birthdays this week and no deals or tickets need you. Log a call or a meeting when one happens.</source>
        <translation>今天没有逾期或到期的事项，本周没有生日，也没有商机或工单需要您处理。有电话或会议时随手记录下来。</translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="49"/>
        <source>Nothing overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="145"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="50"/>
        <source>Nothing else is due today.</source>
        <translation>今天没有其他到期事项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="51"/>
        <source>No follow-ups in the next 7 days.</source>
        <translation>未来 7 天没有跟进。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="53"/>
        <source>Birthdays in the next 7 days</source>
        <translation>未来 7 天的生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="54"/>
        <source>No birthdays this week.</source>
        <translation>本周没有生日。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="57"/>
        <source>Deals closing this month</source>
        <translation>本月预计成交的商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="58"/>
        <source>No open deals are expected to close this month.</source>
        <translation>本月没有预计成交的商机。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>Tickets past due</source>
        <translation>逾期工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="60"/>
        <source>No ticket is late.</source>
        <translation>没有逾期工单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="68"/>
        <source>Show all %n</source>
        <translation>
            <numerusform>显示全部 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="92"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="110"/>
        <source>turns %n</source>
        <translation>
            <numerusform>将满 %Ln 岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/today_texts.py" line="158"/>
        <source>%n days late</source>
        <translation>
            <numerusform>逾期 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="162"/>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="170"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="172"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="174"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="175"/>
        <source>ddd d MMM</source>
        <comment>short date format</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="179"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/today_texts.py" line="181"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="110"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="118"/>
        <source>1 deleted record</source>
        <translation>1 条已删除记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="119"/>
        <source>%Ln deleted records</source>
        <translation>
            <numerusform>%Ln 条已删除记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="121"/>
        <source>the %Ln most recent are listed</source>
        <translation>
            <numerusform>仅列出最近的 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="153"/>
        <source>1 record restored.</source>
        <translation>已恢复 1 条记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/views/trash_page.py" line="155"/>
        <source>%Ln records restored.</source>
        <translation>
            <numerusform>已恢复 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="163"/>
        <source>Empty the Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="164"/>
        <source>Erase everything in the trash for good?</source>
        <translation>永久删除回收站中的所有内容？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="165"/>
        <source>Erased records cannot be restored or undone.</source>
        <translation>永久删除的记录无法恢复，也无法撤销。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="166"/>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="178"/>
        <source>The trash is empty now.</source>
        <translation>回收站已清空。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="182"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="183"/>
        <source>Put the selected records back where they were</source>
        <translation>将所选记录恢复到原来的位置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="184"/>
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="186"/>
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views/trash_page.py" line="187"/>
        <source>Deleted contacts, companies, deals and more wait here until you empty it.</source>
        <translation>已删除的联系人、公司、商机等会保留在这里，直到您清空回收站。</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="51"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="52"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="53"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="54"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="55"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="56"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="57"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/trash_table.py" line="89"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../crmdesk/ui/views/detail_commands.py" line="30"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="23"/>
        <source>Log Interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="46"/>
        <source>Mark Task Done</source>
        <translation>标记任务为已完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/activity_commands.py" line="48"/>
        <source>Mark Task Not Done</source>
        <translation>标记任务为未完成</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="59"/>
        <source>1 record merged since the import was kept as it is.</source>
        <translation>导入后合并过的 1 条记录已按原样保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard/history.py" line="61"/>
        <source>%Ln records merged since the import were kept as they are.</source>
        <translation>
            <numerusform>导入后合并过的 %Ln 条记录已按原样保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="144"/>
        <source>Welcome to crmdesk</source>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="146"/>
        <source>This file is empty</source>
        <translation>此文件是空的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="150"/>
        <source>Keep every customer, conversation and deal in one file on this computer. Look around in a file full of sample customers, or bring in the spreadsheet you use today.</source>
        <translation>把每一位客户、每一次沟通和每一笔交易都保存在这台电脑上的一个文件里。您可以先在一个满是示例客户的文件中四处看看，或者导入您现在使用的电子表格。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="155"/>
        <source>Create a Demo File</source>
        <translation>创建演示文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/placeholder.py" line="156"/>
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
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="47"/>
        <source>Label</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="56"/>
        <source>Stored in international form</source>
        <translation>以国际格式保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/labeled_list_editor.py" line="66"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
