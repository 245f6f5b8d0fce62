<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Bundle exported</source>
      <translation>导出证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case checked</source>
      <translation>核验案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case created</source>
      <translation>创建案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case details changed</source>
      <translation>修改案件信息</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case package made</source>
      <translation>打包案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case package received</source>
      <translation>收到案件包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Case screened</source>
      <translation>筛查案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Category changed</source>
      <translation>修改类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Detail changed</source>
      <translation>修改信息</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Export stopped</source>
      <translation>导出中止</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>File stored</source>
      <translation>保存文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Item added</source>
      <translation>新增证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Item reviewed</source>
      <translation>审核证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Item withdrawn</source>
      <translation>撤回证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Receipt recorded</source>
      <translation>记入回执</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Trusted time-stamp added</source>
      <translation>加盖可信时间戳</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../evidence_app/app.py" />
      <source>Evidence App</source>
      <translation>取证助手</translation>
    </message>
  </context>
  <context>
    <name>BatchVerify</name>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>First failed check</source>
      <translation>首个未通过的检查项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Items</source>
      <translation>证据数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Signed at</source>
      <translation>签名时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Signer fingerprint</source>
      <translation>签名人指纹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Time-stamp</source>
      <translation>时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>Valid</source>
      <translation>是否有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>✓ valid</source>
      <translation>✓ 有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/batch_verify.py" />
      <source>✗ invalid</source>
      <translation>✗ 无效</translation>
    </message>
  </context>
  <context>
    <name>BrowserWidget</name>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Back</source>
      <translation>后退</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Browser</source>
      <translation>浏览器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Capture page</source>
      <translation>截取网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Capture region</source>
      <translation>截取区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Capturing the page…</source>
      <translation>正在截取网页…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Copy the address of the post, paste it into the address bar at the top of this window and press Enter.</source>
      <translation>复制帖子的网址，粘贴到本窗口顶部的地址栏里，然后按回车键。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Downloading {name}…</source>
      <translation>正在下载 {name}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Drag a rectangle over the page to store just that part; Escape cancels.</source>
      <translation>在网页上拖出一个矩形，只保存该部分；按 Esc 键取消。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Drag over the part of the page to keep; Escape cancels.</source>
      <translation>拖动选中要保存的网页部分；按 Esc 键取消。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Everything you capture is stored exactly as it is, with its hash (a digital fingerprint that shows it was never changed), and stays on this computer.</source>
      <translation>截取的所有内容都按原样保存，并附有哈希值（一种“数字指纹”，能证明内容从未被改动），只保存在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Finishing the recording…</source>
      <translation>正在完成录屏…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>If the platform asks you to log in, log in here. The login is kept for this case only.</source>
      <translation>如果平台要求登录，就在这里登录。登录状态只保留在本案件中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Keep a post as evidence</source>
      <translation>把帖子保存为证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Local date, time and time zone of this computer: {zone}</source>
      <translation>本机的本地日期、时间和时区：{zone}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered 404 (not found) — the post may have been deleted.</source>
      <translation>注意：该网页返回 404（未找到），帖子可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered 410 (gone) — the post has probably been deleted.</source>
      <translation>注意：该网页返回 410（已不存在），帖子很可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered 429 (too many requests) — the platform refused for now; capture the page again later.</source>
      <translation>注意：该网页返回 429（请求过多），平台暂时拒绝访问；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered 451 (unavailable for legal reasons) — the post may have been blocked.</source>
      <translation>注意：该网页返回 451（因法律原因无法访问），帖子可能已被屏蔽。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered {status} (access refused) — the post may be private, or you may need to log in.</source>
      <translation>注意：该网页返回 {status}（拒绝访问），帖子可能不公开，或者需要先登录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered {status} (an error) — it may not show the post.</source>
      <translation>注意：该网页返回 {status}（出错），可能没有显示帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page answered {status} (server error) — the platform had a problem; capture the page again later as well.</source>
      <translation>注意：该网页返回 {status}（服务器错误），平台当时出了问题；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Note: the page did not load ({reason}); what was stored is the browser's own error message, not the post.</source>
      <translation>注意：该网页没有打开（{reason}），保存下来的是浏览器自己的错误提示，而不是帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Record</source>
      <translation>录屏</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Record screen</source>
      <translation>录制屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Record the whole screen and every address visited in this browser. Press again to stop and store the recording.</source>
      <translation>录制整个屏幕，并记录在此浏览器中访问过的每个网址。再按一次即可停止并保存录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Record this window and every address visited, to show how the post was reached. Press again to stop and store the recording.</source>
      <translation>录制此窗口并记录访问过的每个网址，以展示是如何找到该帖子的。再按一次即可停止并保存录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Recording… press Stop to store the recording.</source>
      <translation>正在录屏… 按“停止”即可保存录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Region cancelled.</source>
      <translation>已取消区域截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Reload</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Showing a stored copy; it cannot be captured again.</source>
      <translation>当前显示的是已保存的副本，无法再次截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Store this page as evidence: what is on screen, the whole page, this window with its address and clock, the page's source and how it was reached.</source>
      <translation>将此网页保存为证据：包括屏幕上显示的内容、整个网页、带地址栏和时钟的本窗口、网页源代码以及访问路径。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The capture failed because of an internal error; see the log.</source>
      <translation>由于内部错误，取证失败；请查看日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The text typed in the address bar was never opened, so it is not in the capture: the capture shows the page that was on screen.</source>
      <translation>地址栏里输入的内容并没有打开，所以不在截图里；本次截取的是屏幕上显示的网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>This page is:</source>
      <translation>这个页面是：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>To show how you reached the post, open the platform's home page or search first, press {record}, go to the post the way you normally would, then press {stop}.</source>
      <translation>如需证明您是怎样找到这条帖子的：先打开平台首页或搜索页，按{record}，像平时一样一步步点到这条帖子，然后按{stop}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Wait until the capture has finished before you open another page.</source>
      <translation>请等截取完成后再打开其他网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Waiting for the page to finish loading…</source>
      <translation>正在等待网页加载完成…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Web address (https://…)</source>
      <translation>网址（https://…）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>What this page shows. Captures are stored under this kind; it stays chosen until you change it.</source>
      <translation>这个页面显示的是什么。截取的内容会按这个类别保存；在您更改之前一直保持这个选择。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>When the post is on screen, press {capture}. For another kind of page (the poster's account home page, a comment…), first choose it at {kind}.</source>
      <translation>帖子显示在屏幕上后，按{capture}。如果是其他类型的页面（如发帖账号主页、评论等），请先在{kind}处选好。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>download</source>
      <translation>下载</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>page</source>
      <translation>网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>recording</source>
      <translation>录屏</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>{date} {time} {zone} (UTC{offset})</source>
      <translation>{date} {time} {zone}（UTC{offset}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>{number} stored as “{category}” ({what}) with its hash.</source>
      <translation>{number} 已作为“{category}”连同哈希值保存（{what}）。</translation>
    </message>
  </context>
  <context>
    <name>Bundle</name>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>(local {local})</source>
      <translation>（本地 {local}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>(not filled in)</source>
      <translation>（未填写）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>({count} withdrawn, still shown)</source>
      <translation>（其中 {count} 项已撤回，仍予列示）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>1. In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. The signature by {signer} must be shown as valid, and the document as not modified since it was signed (a later document time-stamp is allowed).</source>
      <translation>1. 在 Adobe Acrobat Reader、Foxit Reader 或 WPS Office 中打开签名面板。{signer} 的签名应显示为有效，且文档应显示为签名后未经修改（其后附加的文档时间戳不在此限）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>2. Compare the signer certificate's SHA-256 fingerprint with the one on the cover and with the one the owner gave you by another channel: {fingerprint}</source>
      <translation>2. 将签名证书的 SHA-256 指纹与封面所载指纹以及车主通过其他渠道向您提供的指纹进行比对：{fingerprint}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>3. Or run: evidence-app verify THIS.pdf --trust signer-cert.pem. It checks the signature, the time-stamps, every attachment against manifest.json and the custody log.</source>
      <translation>3. 或运行：evidence-app verify THIS.pdf --trust signer-cert.pem。该命令将核验签名、时间戳、各附件与 manifest.json 的一致性以及保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>4. To check one original by hand, save the attachment (the paperclip panel) and hash it: Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256; macOS: shasum -a 256 FILE. The result must equal the SHA-256 printed in the item's section and in manifest.json.</source>
      <translation>4. 如需手动核验某一原始文件，请保存该附件（在回形针/附件面板中）并计算其哈希值：Linux：sha256sum FILE；Windows：certutil -hashfile FILE SHA256；macOS：shasum -a 256 FILE。计算结果应与该证据章节及 manifest.json 中所载的 SHA-256 一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>5. A trusted time-stamp token (.tsr) can be checked with: openssl ts -verify -data FILE -in FILE.tsr -CAfile TSA-ROOT.pem</source>
      <translation>5. 可信时间戳令牌（.tsr）可通过以下命令核验：openssl ts -verify -data FILE -in FILE.tsr -CAfile TSA-ROOT.pem</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>; filled in: {fields}</source>
      <translation>；已填写：{fields}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>; owner: {owner}</source>
      <translation>；车主：{owner}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>; recapture of {number}, as a reviewer asked</source>
      <translation>；应审核人要求重新取证 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>; time-stamp from {tsa}</source>
      <translation>；时间戳来自 {tsa}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>A character the bundle's font cannot show is printed as [U+…], its Unicode code point; the attachment's name holds the character itself.</source>
      <translation>本证据包字体无法显示的字符以其 Unicode 码位 [U+…] 印出；附件名称中保留该字符本身。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Attachment, type</source>
      <translation>附件、类型</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Bundle {file} not written: {reason}</source>
      <translation>证据包 {file} 未生成：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Bundle {file}: {items} items, signature PAdES {level}</source>
      <translation>证据包 {file}：共 {items} 项证据，PAdES {level} 签名</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>By</source>
      <translation>审核人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Capture environment</source>
      <translation>取证环境</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Capture time</source>
      <translation>取证时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Captured</source>
      <translation>取证时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Captured by</source>
      <translation>取证人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Case ID</source>
      <translation>案件 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Case package {file} from {subject}: {count} events taken over</source>
      <translation>收到 {subject} 发来的案件包 {file}：导入 {count} 条记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Case package {file}, signed by {subject}</source>
      <translation>案件包 {file}，由 {subject} 签名</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Category: {old} → {new}</source>
      <translation>类别：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Comment</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Cover</source>
      <translation>封面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Custody events of this item</source>
      <translation>本证据的保管记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Custody head {head}…</source>
      <translation>保管日志最新记录 {head}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Custody log</source>
      <translation>保管日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Custody log head (event {seq})</source>
      <translation>保管日志最新记录（第 {seq} 条）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Defamation online is "serious" when the same false content is viewed 5,000 times or more, or reposted 500 times or more (SPC/SPP interpretation 2013, art. 2); counts of repeated content within one year add up.</source>
      <translation>同一诽谤信息实际被点击、浏览次数达到 5,000 次以上，或者被转发次数达到 500 次以上的，应当认定为网络诽谤“情节严重”（2013 年最高人民法院、最高人民检察院司法解释第二条）；一年内多次发布的，次数累计计算。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Each row is one event of the attached custody-log.json, where No. is its seq; hash and prev are the first 16 characters of its hash and prev_hash, and the details are its payload in words. Times are UTC to the second (the file has them to the microsecond, and in local time).</source>
      <translation>每行对应所附 custody-log.json 中的一条记录：编号即其 seq；hash 与 prev 为其 hash 与 prev_hash 的前 16 位；操作内容为其 payload 的文字说明。时间为 UTC，精确到秒（该文件中的时间精确到微秒，并附本地时间）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Each token is an RFC 3161 time-stamp: the authority certifies that the file with this SHA-256 existed no later than the stamp time.</source>
      <translation>每个令牌均为 RFC 3161 时间戳：时间戳服务机构证明，具有该 SHA-256 值的文件不晚于时间戳时间即已存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Every action on this case, in order. Each event's hash covers its content and the previous event's hash, from 64 zeros to the head.</source>
      <translation>本案件的全部操作，按发生顺序排列。每条记录的哈希值涵盖其内容及上一条记录的哈希值，自 64 个 0 起直至最新记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Evidence bundle</source>
      <translation>证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Evidence catalogue (证据目录)</source>
      <translation>证据目录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Evidence items</source>
      <translation>证据明细</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Evidence name</source>
      <translation>证据名称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Exported at</source>
      <translation>导出时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Files (attached to this PDF)</source>
      <translation>文件（已作为附件嵌入本 PDF）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Gap capture → stamp</source>
      <translation>取证至加盖时间戳的间隔</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>How to verify</source>
      <translation>验证方法</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>How to verify, in short</source>
      <translation>验证方法（简要）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Intact (checked up to {hash}…)</source>
      <translation>完好（已核验至 {hash}…）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Item</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Item ID</source>
      <translation>证据 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Items in the order things happened: posting time where known, else capture time.</source>
      <translation>证据按事件发生顺序排列：已知发布时间的按发布时间，否则按取证时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>JPEG data placed unchanged</source>
      <translation>JPEG 数据原样嵌入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Local time of the computer that recorded them: {zones}.</source>
      <translation>记录所用计算机的本地时间：{zones}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Meets a threshold</source>
      <translation>达到认定标准</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Missing evidence</source>
      <translation>缺失证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No capture in this case recorded its environment (imported files only).</source>
      <translation>本案件中没有任何取证记录了取证环境（仅有导入的文件）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No item records view or repost counts.</source>
      <translation>没有证据记录浏览量或转发数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No missing evidence was listed when this bundle was exported.</source>
      <translation>导出本证据包时未列出缺失证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No screening verdict given.</source>
      <translation>尚未作出筛查结论。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No time-stamping authority was used for this signature: the signing time comes from the signer's computer clock and proves nothing by itself.</source>
      <translation>本签名未使用时间戳服务机构(TSA)：签名时间取自签名人的计算机时钟，其本身不具有证明力。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No trusted time-stamp: the capture time above comes from the capturing computer's clock.</source>
      <translation>无可信时间戳：上述取证时间取自取证所用计算机的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>No. is the event's seq in the attached custody-log.json; hash and prev are the first 16 characters of its hash and prev_hash. Times are UTC.</source>
      <translation>编号即所附 custody-log.json 中的 seq；hash 与 prev 为其 hash 与 prev_hash 的前 16 位。时间为 UTC。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Not filled in: {fields}</source>
      <translation>未填写：{fields}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Not readable as JSON here; see the attached file.</source>
      <translation>此处无法按 JSON 读取；请查阅所附文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Observed at</source>
      <translation>查看时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Open the signature panel of Adobe Reader, Foxit or WPS: the signature must be valid and cover the whole document. Or run: evidence-app verify THIS.pdf. Every original file is attached to this PDF; its SHA-256 is listed in the catalogue, in the item's section and in manifest.json. Details on the last pages.</source>
      <translation>在 Adobe Reader、Foxit 或 WPS 中打开签名面板：签名应有效且覆盖整个文档。也可运行：evidence-app verify THIS.pdf。所有原始文件均已作为附件嵌入本 PDF，其 SHA-256 载于证据目录、该证据章节及 manifest.json 中。详见最后几页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Operator</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Operators</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>PNG data placed unchanged</source>
      <translation>PNG 数据原样嵌入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Page {page}</source>
      <translation>第 {page} 页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Pages</source>
      <translation>页码</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Period covered (capture times)</source>
      <translation>涵盖期间（取证时间）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Posted</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Receipt from {who} for {file}, received {when}</source>
      <translation>{who} 出具的 {file} 签收回执，签收时间 {when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Reposts</source>
      <translation>转发</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>SHA-256 (first 16)</source>
      <translation>SHA-256（前 16 位）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Screening verdict</source>
      <translation>筛查结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Signature level</source>
      <translation>签名级别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Signed with a PAdES signature and a document time-stamp from {tsa}: the time-stamp authority, not this computer, certifies when the bundle existed.</source>
      <translation>本证据包采用 PAdES 签名，并附有 {tsa} 出具的文档时间戳：证据包的存在时间由时间戳服务机构证明，而非取决于签名所用计算机的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Signer</source>
      <translation>签名人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Signer certificate SHA-256 fingerprint</source>
      <translation>签名证书 SHA-256 指纹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Source (platform, URL)</source>
      <translation>来源（平台、网址）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Stamp time (UTC)</source>
      <translation>时间戳时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Stamped file</source>
      <translation>加盖时间戳的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>The last event's full hash (the head): {head}</source>
      <translation>最新记录的完整哈希值：{head}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>These time-stamping authorities could not be reached: {urls}</source>
      <translation>以下时间戳服务机构无法连接：{urls}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>This item is the recapture of {number}, as a reviewer asked.</source>
      <translation>本证据系应审核人要求，对 {number} 重新取证所得。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Threshold summary</source>
      <translation>认定标准汇总</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Time (UTC)</source>
      <translation>时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Time-stamping authority</source>
      <translation>时间戳服务机构</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Title: {title}</source>
      <translation>标题：{title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Token (attachment)</source>
      <translation>时间戳令牌（附件）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Totals over all items: {views} views, {reposts} reposts.</source>
      <translation>全部证据合计：浏览 {views} 次，转发 {reposts} 次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Trusted time</source>
      <translation>可信时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Views</source>
      <translation>浏览量</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>What happened</source>
      <translation>事件经过</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>What happened; hash chain</source>
      <translation>操作内容；哈希链</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>What it is</source>
      <translation>文件说明</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>When this bundle was exported, the app's evidence guide listed these gaps in it (quoted as the guide words them for the owner):</source>
      <translation>导出本证据包时，本软件的取证指引列出了以下缺漏（按指引对车主的提示原文照录）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Withdrawn: {reason}</source>
      <translation>已撤回：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>by {who}, {when}</source>
      <translation>由 {who} 于 {when} 作出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>open: not yet recaptured</source>
      <translation>待处理：尚未重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>part {part} of {parts}, pixel rows {first}–{last}</source>
      <translation>第 {part}/{parts} 部分，像素行 {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>policy {policy}</source>
      <translation>策略 {policy}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>re-encoded without loss (identical pixels)</source>
      <translation>无损重新编码（像素完全一致）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>recaptured as {number}</source>
      <translation>已重新取证，见 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>serial number {serial}</source>
      <translation>序列号 {serial}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{count} bytes</source>
      <translation>{count} 字节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{count} problems found</source>
      <translation>发现 {count} 个问题</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{duration} after capture</source>
      <translation>取证后 {duration}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{duration} before the recorded capture time (the capturing computer's clock was ahead)</source>
      <translation>早于记录的取证时间 {duration}（取证所用计算机的时钟偏快）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{number} as {category}</source>
      <translation>{number}，类别：{category}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{n} d</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{n} h</source>
      <translation>{n} 小时</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{n} min</source>
      <translation>{n} 分</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{n} s</source>
      <translation>{n} 秒</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{reviewed} items reviewed; {open} open recapture requests ({done} recaptured).</source>
      <translation>已审核证据 {reviewed} 项；待处理的重新取证请求 {open} 项（已重新取证 {done} 项）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{role} for “{name}”</source>
      <translation>“{name}”的{role}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{role}: {name}</source>
      <translation>{role}：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{role}: {name}, stamped by {tsa} at {time} UTC, {gap}</source>
      <translation>{role}：{name}，由 {tsa} 于 {time} UTC 加盖时间戳，{gap}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{role}: {name}, {size}, SHA-256 {sha256}…</source>
      <translation>{role}：{name}，{size}，SHA-256 {sha256}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{utc} UTC</source>
      <translation>{utc} UTC</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>{utc} UTC (local {local})</source>
      <translation>{utc} UTC（本地 {local}）</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source> (withdrawn: {reason})</source>
      <translation>（已撤回：{reason}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source> — done by {number}</source>
      <translation> — 已由 {number} 完成</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source> — open</source>
      <translation> — 待处理</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>A new signing key was made.</source>
      <translation>已生成新的签名密钥。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Brought “{title}” up to date: {events} new custody events, all checked.</source>
      <translation>已将“{title}”更新至最新：新增 {events} 条保管记录，均已核验。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Certificate: {path}</source>
      <translation>证书：{path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>Collect court-ready evidence of online attacks and hand it over as one signed PDF.</source>
      <translation>收集可提交法庭的网络攻击证据，并整理为一份已签名的 PDF 交付。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Created: {when}</source>
      <translation>创建时间：{when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Custody log head: {head}</source>
      <translation>保管日志最新记录：{head}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Custody log: {count} events, head {hash}</source>
      <translation>保管日志：{count} 条记录，最新记录 {hash}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Description: {text}</source>
      <translation>说明：{text}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Earlier certificates kept (bundles signed with them still verify): {count}</source>
      <translation>保留的旧证书（用其签名的证据包仍可验证）：{count}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Files stamped: {stamped}; still pending: {pending}.</source>
      <translation>已加盖时间戳的文件：{stamped}；仍待处理：{pending}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>First failed check</source>
      <translation>首个未通过的检查项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>INVALID</source>
      <translation>无效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>INVALID: failed checks: {names}</source>
      <translation>无效：未通过的检查项：{names}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Imported a new case “{title}” ({events} custody events, all checked).</source>
      <translation>已导入新案件“{title}”（{events} 条保管记录，均已核验）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Imported “{title}” as a separate copy ({events} custody events).</source>
      <translation>已将“{title}”作为独立副本导入（{events} 条保管记录）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Intact: {items} items, {files} files and {events} custody events check out; head {head}.</source>
      <translation>完整：{items} 项证据、{files} 个文件和 {events} 条保管记录均核验无误；最新记录 {head}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Items</source>
      <translation>证据数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Items: {count}</source>
      <translation>证据数：{count}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>No cases yet. Create one with: evidence-app case new --title TITLE</source>
      <translation>还没有案件。可用以下命令创建：evidence-app case new --title TITLE</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>No review yet.</source>
      <translation>尚未审核。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Note: no time-stamping authority answered; the bundle is signed at B-B (its time is this computer's clock).</source>
      <translation>注意：没有时间戳服务机构(TSA)响应；证据包以 B-B 级别签名（其时间取自本机时钟）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Note: not time-stamped yet, queued for “evidence-app timestamp {case}”: {reason}</source>
      <translation>注意：尚未加盖时间戳，已排队等待“evidence-app timestamp {case}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Note: the check could not be logged: {error}</source>
      <translation>注意：本次核验未能记入日志：{error}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Note: the time-stamping authority {url} could not be reached.</source>
      <translation>注意：无法连接时间戳服务机构 {url}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Nothing to stamp: every file of every item already has a token.</source>
      <translation>无需加盖：所有证据的所有文件均已有时间戳令牌。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Owner: {owner}</source>
      <translation>车主：{owner}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>PENDING {item} {role} “{name}”: {reason}</source>
      <translation>待处理 {item} {role}“{name}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>PROBLEM: {message}</source>
      <translation>问题：{message}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Packed {events} custody events and {blobs} files; SHA-256 {sha}</source>
      <translation>已打包 {events} 条保管记录和 {blobs} 个文件；SHA-256 {sha}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Pending files stay queued; run “evidence-app timestamp {case}” again when a time-stamping authority answers.</source>
      <translation>待处理的文件会继续排队；待时间戳服务机构恢复响应后，请再次运行“evidence-app timestamp {case}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>SHA-256 fingerprint: {fingerprint}</source>
      <translation>SHA-256 指纹：{fingerprint}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>SHA-256 of the bundle: {sha256}</source>
      <translation>证据包的 SHA-256：{sha256}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Screening verdict: {verdict} ({by}, {when}) {notes}</source>
      <translation>筛查结论：{verdict}（{by}，{when}）{notes}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signed at (UTC)</source>
      <translation>签名时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signed bundle: {pages} pages, {items} items, PAdES {level}.</source>
      <translation>已签名证据包：{pages} 页，{items} 项证据，PAdES {level}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signed receipt written to {path} (receiver {name}, SHA-256 {fingerprint}).</source>
      <translation>已签名的回执已写入 {path}（接收方 {name}，SHA-256 {fingerprint}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signer SHA-256</source>
      <translation>签名人 SHA-256</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signer: {subject}, SHA-256 {fingerprint}</source>
      <translation>签名人：{subject}，SHA-256 {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Stamped {item} {role} “{name}”: genTime {gen_time} by {tsa}, {gap}.</source>
      <translation>已加盖时间戳 {item} {role}“{name}”：genTime {gen_time}，由 {tsa} 签发，{gap}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Subject: {subject}</source>
      <translation>主体：{subject}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>The case is still with the other side: the receipt is held and enters the custody log when their package comes back (or now, with --now).</source>
      <translation>案件仍在对方处：回执已暂存，待对方的案件包传回时记入保管日志（或使用 --now 立即记入）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>The passphrase unlocks the signing key {fingerprint}.</source>
      <translation>该密码短语可以解锁签名密钥 {fingerprint}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>The previous certificate ({fingerprint}) and its key are kept, so bundles signed with it still verify.</source>
      <translation>原证书（{fingerprint}）及其密钥已保留，用其签名的证据包仍可验证。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>There is no signing key yet. Make one with: evidence-app key new (the first export also makes one).</source>
      <translation>还没有签名密钥。可用以下命令生成：evidence-app key new（首次导出时也会自动生成）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Time-stamp (UTC)</source>
      <translation>时间戳（UTC）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Time-stamp: {time} by {tsa}</source>
      <translation>时间戳：{time}，由 {tsa} 签发</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>VALID</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>VALID: {items} items; every check passed.</source>
      <translation>有效：{items} 项证据；所有检查均已通过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Valid</source>
      <translation>是否有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Valid from {start} to {end}</source>
      <translation>有效期：{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>a rectangle of the screen</source>
      <translation>屏幕上的一个矩形区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <location filename="../../evidence_app/commands/cases.py" />
      <source>add evidence to a case</source>
      <translation>向案件添加证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>also write a signed receipt for the sender</source>
      <translation>同时为发送方生成已签名的回执</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>capture a 4xx/5xx error page deliberately (its status is recorded)</source>
      <translation>有意截取 4xx/5xx 错误页面（会记录其状态码）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>capture a screen or a region of it as one item; prints its id</source>
      <translation>将整个屏幕或其中某个区域截取为一项证据；输出其 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>capture a web page (http or https) as one item; prints its id</source>
      <translation>将网页（http 或 https）截取为一项证据；输出其 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>certificate to trust (the signer's or a TSA root); repeatable</source>
      <translation>要信任的证书（签名人证书或 TSA 根证书）；可重复指定</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>change fields or the category (each change is logged with old and new value)</source>
      <translation>修改字段或类别（每次修改都连同旧值和新值记入日志）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>check a case package and import it</source>
      <translation>核验案件包并导入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>check a receipt and record it in the custody log</source>
      <translation>核验回执并记入保管日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>check every stored file and the custody log of a case</source>
      <translation>核验案件的所有存储文件及保管日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>check that the passphrase unlocks the signing key</source>
      <translation>检查密码短语能否解锁签名密钥</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>create a case and print its id</source>
      <translation>创建案件并输出其 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>create, list and show cases</source>
      <translation>创建、列出和查看案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>data directory (default: EVIDENCE_APP_DATA_DIR or the user data folder)</source>
      <translation>数据目录（默认：EVIDENCE_APP_DATA_DIR 或用户数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>edit or withdraw an item</source>
      <translation>编辑或撤回证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: bad usage: {detail} (see evidence-app --help)</source>
      <translation>evidence-app：用法错误：{detail}（参见 evidence-app --help）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: internal error (a bug). Details were written to {path}</source>
      <translation>evidence-app：内部错误（程序缺陷）。详细信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: interrupted; nothing half-done was kept.</source>
      <translation>evidence-app：已中断；未保留任何未完成的内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>export a case as one signed PDF bundle</source>
      <translation>将案件导出为一份已签名的 PDF 证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>get an RFC 3161 time-stamp token for every file that has none yet</source>
      <translation>为所有尚无时间戳的文件获取 RFC 3161 时间戳令牌</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>give the case its screening verdict</source>
      <translation>给出案件的筛查结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>give up when the page has not loaded after this many seconds</source>
      <translation>网页超过此秒数仍未加载完成则放弃</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>import a diverged case as a separate copy</source>
      <translation>将已分叉的案件作为独立副本导入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>import a signed receipt into the case log</source>
      <translation>将已签名的回执导入案件日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>import files, one item each; prints the item ids</source>
      <translation>导入文件，每个文件作为一项证据；输出证据编号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>language of messages: zh_CN or en</source>
      <translation>提示信息的语言：zh_CN 或 en</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>language of the bundle (labels in both, this one first)</source>
      <translation>证据包的语言（标签为双语，此语言在前）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>list cases</source>
      <translation>列出案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>log it at once even while the case is with the other side</source>
      <translation>即使案件仍在对方处，也立即记入日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>make a new signing key (passphrase from EVIDENCE_APP_KEY_PASSPHRASE or a prompt); the old certificate is kept</source>
      <translation>生成新的签名密钥（密码短语取自 EVIDENCE_APP_KEY_PASSPHRASE 或提示输入）；旧证书会保留</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>mark an item reviewed or ask for a recapture</source>
      <translation>将证据标记为已审核，或要求重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>not decodable as an image</source>
      <translation>无法解码为图像</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>print the custody log of a case</source>
      <translation>输出案件的保管日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>print the signing certificate's subject and SHA-256 fingerprint</source>
      <translation>输出签名证书的主体和 SHA-256 指纹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>review marks and the screening verdict (support, lawyer)</source>
      <translation>审核标记和筛查结论（客服人员、律师）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>screen number, from 0</source>
      <translation>屏幕编号，从 0 开始</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>seconds to wait for each TSA (default 10)</source>
      <translation>等待每个 TSA 的秒数（默认 10）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>show a case and its items</source>
      <translation>查看案件及其证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>show or make the signing key</source>
      <translation>查看或生成签名密钥</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>show review marks, open requests and the verdict</source>
      <translation>查看审核标记、待处理的请求和筛查结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>the item a reviewer asked to capture again (closes the request)</source>
      <translation>审核人要求重新取证的那项证据（将关闭该请求）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>the operator's role</source>
      <translation>操作人的角色</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>the owner's name in the certificate</source>
      <translation>证书中的车主姓名</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>time-stamping authority (repeatable)</source>
      <translation>时间戳服务机构(TSA)（可重复指定）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>time-stamping authority URL (repeat to try several in order)</source>
      <translation>时间戳服务机构(TSA)的 URL（可重复指定，按顺序逐个尝试）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>verify a signed evidence bundle, or every bundle in a folder</source>
      <translation>验证已签名的证据包，或文件夹中的所有证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>who is acting (name recorded in the custody log)</source>
      <translation>操作人（记入保管日志的姓名）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>withdraw an item (it is kept, never deleted)</source>
      <translation>撤回证据（证据会保留，绝不删除）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>write a signed receipt for the sender (one bundle)</source>
      <translation>为发送方生成已签名的回执（仅限单个证据包）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>write one row per bundle to this CSV file (UTF-8, opens in Excel/WPS)</source>
      <translation>将结果写入此 CSV 文件，每个证据包一行（UTF-8 编码，可用 Excel/WPS 打开）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>write the case as a signed package for support staff</source>
      <translation>将案件导出为已签名的案件包，交给客服人员</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>{count} problems found.</source>
      <translation>发现 {count} 个问题。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>{id}  {title}  ({count} items, created {created})</source>
      <translation>{id}  {title}  （{count} 项证据，创建于 {created}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>{valid} of {total} bundles valid.</source>
      <translation>{total} 个证据包中有 {valid} 个有效。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>{valid} of {total} bundles valid; the table is in {path}</source>
      <translation>{total} 个证据包中有 {valid} 个有效；结果表格位于 {path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>“{title}” is already up to date; nothing was imported.</source>
      <translation>“{title}”已是最新；未导入任何内容。</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account profile</source>
      <translation>账号主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comment</source>
      <translation>评论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Evidence of harm</source>
      <translation>损害证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Identity document</source>
      <translation>身份证明</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Post</source>
      <translation>帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Private message</source>
      <translation>私信</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Search result</source>
      <translation>搜索结果</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>A case has no property “{key}”.</source>
      <translation>案件没有“{key}”这一属性。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>A case needs a title.</source>
      <translation>案件必须有标题。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>A receipt is written for one bundle, not for a folder.</source>
      <translation>回执只能针对单个证据包生成，不能针对文件夹。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>A region is four whole numbers X,Y,WIDTH,HEIGHT, not “{text}”.</source>
      <translation>区域应为四个整数 X,Y,WIDTH,HEIGHT，而不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>A region needs a positive width and height, not “{text}”.</source>
      <translation>区域的宽度和高度必须为正数，“{text}”不符合要求。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>Both copies of the case changed after event {seq}: here event {next} is {mine}; in the package it is {theirs}. Nothing was imported; import it as a separate copy (--as-copy) to keep both.</source>
      <translation>案件的两个副本在第 {seq} 条记录之后都发生了变化：本地第 {next} 条记录为 {mine}，案件包中则为 {theirs}。未导入任何内容；如需两者都保留，请将其作为独立副本导入（--as-copy）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Create or open a case first; then add files to it.</source>
      <translation>请先创建或打开一个案件，再向其中添加文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} adds an item without a number.</source>
      <translation>第 {seq} 条记录添加了一项没有编号的证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} changes the category of an item the case does not have.</source>
      <translation>第 {seq} 条记录修改了一项本案件中并不存在的证据的类别。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} does not continue the local custody log (its head is event {head_seq}); nothing was imported.</source>
      <translation>第 {seq} 条记录无法接续本地保管日志（本地最新记录为第 {head_seq} 条）；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} does not match its hash; nothing was imported.</source>
      <translation>第 {seq} 条记录与其哈希值不符；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} edits an unknown case property.</source>
      <translation>第 {seq} 条记录修改了未知的案件属性。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} gives an item an unknown category.</source>
      <translation>第 {seq} 条记录给一项证据设置了未知的类别。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} names a file whose content is missing; nothing was imported.</source>
      <translation>第 {seq} 条记录所指的文件内容缺失；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} of the custody log is unreadable; the case database is damaged.</source>
      <translation>保管日志的第 {seq} 条记录无法读取；案件数据库已损坏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/errors.py" />
      <source>Evidence App</source>
      <translation>取证助手</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Give at least one --field KEY=VALUE or a --category to change.</source>
      <translation>请至少给出一个要修改的 --field KEY=VALUE 或 --category。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/qtsupport.py" />
      <source>No certificate could be read from {path}.</source>
      <translation>无法从 {path} 读取任何证书。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <source>No screen is available to capture.</source>
      <translation>没有可截取的屏幕。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>No time-stamp server is set. Add one in Settings (Tools → Settings).</source>
      <translation>尚未设置时间戳服务器。请在设置中添加（工具 → 设置）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>No time-stamping authority is configured: give --tsa URL or add one in the settings.</source>
      <translation>未配置时间戳服务机构(TSA)：请使用 --tsa URL 指定，或在设置中添加。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/recorder.py" />
      <source>Nothing is being recorded.</source>
      <translation>当前没有正在进行的录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Only support staff and lawyers review evidence; choose the role in the settings (or --role support).</source>
      <translation>只有客服人员和律师可以审核证据；请在设置中选择角色（或使用 --role support）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>Only web addresses starting with http:// or https:// can be captured, not “{url}”.</source>
      <translation>只能截取以 http:// 或 https:// 开头的网址，无法截取“{url}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>Only web addresses starting with http:// or https:// can be opened here, not “{url}”.</source>
      <translation>此处只能打开以 http:// 或 https:// 开头的网址，无法打开“{url}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Open the case this receipt is for first.</source>
      <translation>请先打开该回执所属的案件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>Reading {path} failed after {done} bytes ({reason}); nothing was stored.</source>
      <translation>读取 {path} 时在 {done} 字节处失败（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Say what to capture again (a comment is required for a recapture request).</source>
      <translation>请说明需要重新取证的内容（要求重新取证时必须填写说明）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Say why the item is withdrawn (a reason is required).</source>
      <translation>请说明撤回该证据的原因（必须填写原因）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/errors.py" />
      <source>Something went wrong inside the app (a bug, not your fault). Your evidence is safe. Details were written to {path}. Please send that file to support.</source>
      <translation>程序内部出错（这是程序缺陷，不是你的操作问题）。你的证据是安全的。详细信息已写入 {path}，请将该文件发送给客服人员。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The address {url} could not be found (DNS lookup failed); nothing was stored.</source>
      <translation>找不到地址 {url}（DNS 解析失败）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>The bundle must be written to a .pdf file, not {path}.</source>
      <translation>证据包必须保存为 .pdf 文件，不能是 {path}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>The case cannot be exported because verify-case found problems: {problems}</source>
      <translation>无法导出该案件，因为 verify-case 发现了问题：{problems}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case database {path} could not be used ({reason}).</source>
      <translation>无法使用案件数据库 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case database {path} is damaged ({reason}).</source>
      <translation>案件数据库 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The case fails its integrity check ({count} problems; see verify-case); it cannot be packed.</source>
      <translation>该案件未通过完整性检查（{count} 个问题；参见 verify-case），无法打包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case has no item “{ref}”.</source>
      <translation>该案件中没有证据“{ref}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The certificate file {path} cannot be read ({reason}).</source>
      <translation>无法读取证书文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The copy of {path} read back differently from what was written; the disk may be failing. Nothing was stored.</source>
      <translation>{path} 的副本回读内容与写入内容不一致，磁盘可能出现故障。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>The data directory {path} cannot be written to ({reason}); nothing was stored.</source>
      <translation>无法写入数据目录 {path}（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The disk holding the data directory {path} is full; nothing was stored. Free some space and try again.</source>
      <translation>数据目录 {path} 所在的磁盘已满；未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The download {name} did not complete ({reason}); nothing was stored.</source>
      <translation>下载 {name} 未完成（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>The export was cancelled; no bundle was written.</source>
      <translation>导出已取消；未生成证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The file {path} cannot be read (permission denied).</source>
      <translation>无法读取文件 {path}（权限不足）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The file {path} cannot be read ({reason}).</source>
      <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>The file {path} cannot be written ({reason}).</source>
      <translation>无法写入文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/receipts.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>The file {path} does not exist.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The file {path} is empty (0 bytes); there is nothing to keep.</source>
      <translation>文件 {path} 为空（0 字节），没有可保存的内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <location filename="../../evidence_app/bundle/export.py" />
      <source>The folder {path} does not exist.</source>
      <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package is older than your copy of the case (it ends at event {theirs}, yours at event {mine}); nothing was imported.</source>
      <translation>该案件包比你的案件副本旧（案件包止于第 {theirs} 条记录，你的副本止于第 {mine} 条）；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The page changed while the region was being chosen, so nothing was stored. Choose the region again.</source>
      <translation>选择区域时网页发生了变化，因此没有保存任何内容。请重新选择区域。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The page could not be saved as MHTML ({reason}); nothing was stored.</source>
      <translation>无法将网页保存为 MHTML（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The page could not be saved as MHTML; nothing was stored.</source>
      <translation>无法将网页保存为 MHTML；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The page is still loading, so nothing was captured. Wait until it has finished loading, then capture it again.</source>
      <translation>网页仍在加载，因此没有截取。请等网页加载完成后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The page is still loading. Wait until it has finished loading, then choose the region.</source>
      <translation>网页仍在加载。请等加载完成后再选择区域。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The page kept changing while it was captured; try again.</source>
      <translation>截取过程中网页一直在变化，请重试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/qtsupport.py" />
      <source>The page stopped responding during the capture.</source>
      <translation>截取过程中网页停止响应。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The page went to another address while it was being captured, so nothing was stored. Wait until the post stays on screen, then capture it again.</source>
      <translation>截取过程中网页跳转到了其他网址，因此没有保存任何内容。请等帖子稳定显示在屏幕上后，再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The page {url} could not be loaded; nothing was stored.</source>
      <translation>无法加载网页 {url}；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The page {url} did not finish loading in time; nothing was stored.</source>
      <translation>网页 {url} 未能按时加载完成；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The passphrase for the signing key is wrong.</source>
      <translation>签名密钥的密码短语错误。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The passphrase for the signing key must not be empty.</source>
      <translation>签名密钥的密码短语不能为空。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/receipts.py" />
      <source>The receipt is for another case ({other}), not “{title}”.</source>
      <translation>该回执属于另一个案件（{other}），而不是“{title}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/receipts.py" />
      <source>The receipt is signed by a key other than the receiver it names.</source>
      <translation>该回执的签名密钥并非回执中所写接收方的密钥。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/receipts.py" />
      <source>The receipt's signature does not match its content; it was altered.</source>
      <translation>回执的签名与其内容不符；回执已被篡改。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/recorder.py" />
      <source>The recording could not be written ({reason}); nothing was stored.</source>
      <translation>无法写入录屏（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <source>The region lies outside every screen.</source>
      <translation>该区域不在任何屏幕范围内。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <location filename="../../evidence_app/capture/web.py" />
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The screenshot could not be written to {path}.</source>
      <translation>无法将截图写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The secure connection to {url} could not be trusted ({detail}); nothing was stored.</source>
      <translation>与 {url} 的安全连接不可信（{detail}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The server answered {url} with HTTP status {status}; nothing was stored. Use --allow-error-page to capture the error page deliberately.</source>
      <translation>服务器对 {url} 返回了 HTTP 状态码 {status}；未保存任何内容。如确需截取该错误页面，请使用 --allow-error-page。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web.py" />
      <source>The server of {url} could not be reached ({detail}); nothing was stored.</source>
      <translation>无法连接 {url} 的服务器（{detail}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing certificate needs the owner's name.</source>
      <translation>签名证书需要填写车主姓名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing certificate {path} is damaged ({reason}).</source>
      <translation>签名证书 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing identity file {path} cannot be read ({reason}).</source>
      <translation>无法读取签名身份文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <location filename="../../evidence_app/core/receipts.py" />
      <source>The signing key is not an RSA key; make a new one with: evidence-app key new</source>
      <translation>签名密钥不是 RSA 密钥；请用以下命令生成新密钥：evidence-app key new</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key needs its passphrase: set {variable} or run this in a terminal.</source>
      <translation>签名密钥需要密码短语：请设置 {variable}，或在终端中运行此命令。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key {path} does not belong to its certificate; make a new one with: evidence-app key new</source>
      <translation>签名密钥 {path} 与其证书不匹配；请用以下命令生成新密钥：evidence-app key new</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key {path} is damaged ({reason}).</source>
      <translation>签名密钥 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The stored copy {blob} is damaged (its content no longer matches its name). Run verify-case; nothing was stored.</source>
      <translation>存储副本 {blob} 已损坏（其内容与文件名不再相符）。请运行 verify-case；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The time-stamp response is a refusal ({status}), not a token.</source>
      <translation>时间戳响应为拒绝（{status}），而不是时间戳令牌。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <source>The timeout must be a positive number of seconds.</source>
      <translation>超时时间必须是正数（秒）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>两次输入的密码短语不一致；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The value of field “{key}” contains a NUL character.</source>
      <translation>字段“{key}”的值包含 NUL 字符。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The value of field “{key}” is too long.</source>
      <translation>字段“{key}”的值过长。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>The verification was stopped before every bundle was checked.</source>
      <translation>验证在所有证据包核验完毕之前被中止。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>The window changed while the page was captured; try again.</source>
      <translation>截取过程中窗口发生了变化，请再试一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>There is no PDF file in the folder {path}.</source>
      <translation>文件夹 {path} 中没有 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>There is no case “{ref}”.</source>
      <translation>没有案件“{ref}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <source>There is no screen {index}; screens are numbered 0 to {last}.</source>
      <translation>没有编号为 {index} 的屏幕；屏幕编号为 0 至 {last}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/trust.py" />
      <location filename="../../evidence_app/core/identity.py" />
      <source>There is no signing key yet; make one with: evidence-app key new</source>
      <translation>还没有签名密钥；请用以下命令生成：evidence-app key new</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/__init__.py" />
      <source>There is no web page to capture yet, so nothing was stored. Paste the address of the post into the address bar at the top, press Enter, and capture it once it is shown.</source>
      <translation>还没有打开任何网页，所以没有可截取的内容，也没有保存任何东西。请把帖子的网址粘贴到顶部的地址栏，按回车键，等帖子显示出来后再截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>This data directory was written by a newer version of Evidence App (schema {found}, this version knows {known}); update the app.</source>
      <translation>此数据目录由更新版本的取证助手写入（数据结构版本 {found}，本版本支持 {known}）；请更新程序。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>This is not an RFC 3161 time-stamp token ({reason}).</source>
      <translation>这不是 RFC 3161 时间戳令牌（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/recorder.py" />
      <source>This system cannot encode MP4 video, so nothing can be recorded.</source>
      <translation>本系统无法编码 MP4 视频，因此无法录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Unknown category “{category}”. Use one of: {known}.</source>
      <translation>未知类别“{category}”。请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Unknown field “{key}”. Known fields: {known}.</source>
      <translation>未知字段“{key}”。可用字段：{known}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Unknown file role “{role}”. Use one of: {known}.</source>
      <translation>未知文件角色“{role}”。请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Unknown language “{lang}”. Use zh_CN or en.</source>
      <translation>未知语言“{lang}”。请使用 zh_CN 或 en。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Unknown review status “{status}”. Use reviewed or needs_recapture.</source>
      <translation>未知审核状态“{status}”。请使用 reviewed 或 needs_recapture。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Unknown role “{role}”. Use one of: {known}.</source>
      <translation>未知角色“{role}”。请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Unknown verdict “{verdict}”. Use usable, not_yet or not_usable.</source>
      <translation>未知筛查结论“{verdict}”。请使用 usable、not_yet 或 not_usable。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>Writing to the data directory {path} failed ({reason}); nothing was stored.</source>
      <translation>写入数据目录 {path} 失败（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{added} file(s) added; {count} could not be added: {reasons}</source>
      <translation>已添加 {added} 个文件；有 {count} 个文件无法添加：{reasons}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>{number} is already withdrawn.</source>
      <translation>{number} 已被撤回。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>{number} is withdrawn; its category can no longer be changed.</source>
      <translation>{number} 已撤回，不能再修改它的类别。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{path} is a PDF but not an evidence bundle (it has no manifest.json).</source>
      <translation>{path} 是 PDF 文件，但不是证据包（其中没有 manifest.json）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>{path} is a folder, not a file; choose the files inside it.</source>
      <translation>{path} 是文件夹而不是文件；请选择其中的文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>{path} is a link to something that does not exist.</source>
      <translation>{path} 是指向不存在对象的链接。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{path} is not a certificate (PEM or DER).</source>
      <translation>{path} 不是证书（PEM 或 DER 格式）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{path} is not a readable PDF ({reason}).</source>
      <translation>{path} 不是可读取的 PDF（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/receipts.py" />
      <source>{path} is not a receipt ({reason}).</source>
      <translation>{path} 不是回执（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/receipts.py" />
      <source>{path} is not a receipt of a format this version reads.</source>
      <translation>{path} 不是本版本可读取格式的回执。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>{path} is not a regular file.</source>
      <translation>{path} 不是普通文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>“{ref}” matches more than one case; give more of the id.</source>
      <translation>“{ref}”匹配到多个案件；请提供更完整的 ID。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>“{text}” is not KEY=VALUE.</source>
      <translation>“{text}”不是 KEY=VALUE 格式。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>“{url}” is not a time-stamping authority address; it must start with http:// or https://.</source>
      <translation>“{url}”不是时间戳服务机构(TSA)地址；地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/field_values.py" />
      <source>“{value}” is not a count ({field}). Write it as the platform shows it, for example 12000, 1.2万 or 10万+.</source>
      <translation>“{value}”不是可以识别的数量（{field}）。请按平台上显示的样子填写，例如 12000、1.2万 或 10万+。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;b&gt;The guide has nothing missing.&lt;/b&gt; The bundle is ready to export.</source>
      <translation>&lt;b&gt;取证指引要求的内容已全部齐备。&lt;/b&gt;证据包可以导出了。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;b&gt;{count} thing(s) the guide asks for are still missing.&lt;/b&gt; You can fix them first, or export now: the bundle then lists them honestly.</source>
      <translation>&lt;b&gt;取证指引要求的内容还缺 {count} 项。&lt;/b&gt;你可以先补齐，也可以现在导出：证据包会如实列出这些缺项。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ The bundle was written and checked: signature and every file are intact.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ 证据包已生成并通过核验：签名及所有文件均完好。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ The bundle was written but its check failed:&lt;/b&gt;&lt;/span&gt; {reasons}</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ 证据包已生成，但核验未通过：&lt;/b&gt;&lt;/span&gt;{reasons}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Export cancelled; no bundle was written.</source>
      <translation>导出已取消；未生成证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Export the bundle for your lawyer</source>
      <translation>导出证据包交给律师</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Export with gaps listed</source>
      <translation>导出并列明缺项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Fix the gaps first</source>
      <translation>先补齐缺项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Language of the bundle</source>
      <translation>证据包语言</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Save as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Save the bundle as</source>
      <translation>证据包另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Saved as {path}</source>
      <translation>已保存为 {path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle was not written.</source>
      <translation>未生成证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle was written.</source>
      <translation>证据包已生成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Time-stamp servers</source>
      <translation>时间戳服务器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>none: the time then comes from this computer's clock</source>
      <translation>无：届时时间将取自本机时钟</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>{step} ({done} of {total})</source>
      <translation>{step}（{done}/{total}）</translation>
    </message>
  </context>
  <context>
    <name>ExportProgress</name>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Checking the case</source>
      <translation>正在检查案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Checking the finished bundle</source>
      <translation>正在核验生成的证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Checking the written file</source>
      <translation>正在检查写好的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Contacting the time-stamp server</source>
      <translation>正在连接时间戳服务器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Laying out the pages</source>
      <translation>正在排版页面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Placing the screenshots and attaching the originals</source>
      <translation>正在放入截图并附上原始文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Signing</source>
      <translation>正在签名</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account ID</source>
      <translation>账号ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account URL</source>
      <translation>账号主页网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account name</source>
      <translation>账号名称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Anything else a lawyer should know.</source>
      <translation>律师还需要了解的其他情况。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comment count when observed.</source>
      <translation>查看时的评论数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comments</source>
      <translation>评论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Content text</source>
      <translation>内容原文</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Counts observed at</source>
      <translation>数据查看时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Defamation, insult, doxxing, threats, lost income…</source>
      <translation>诽谤、侮辱、人肉搜索、威胁、收入损失…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Final URL</source>
      <translation>最终网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Follower count as shown.</source>
      <translation>页面显示的粉丝数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Followers</source>
      <translation>粉丝数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>IP location</source>
      <translation>IP属地</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Kind of harm</source>
      <translation>损害类型</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Like count when observed.</source>
      <translation>查看时的点赞数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Likes</source>
      <translation>点赞</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Page title</source>
      <translation>网页标题</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Post ID</source>
      <translation>帖子ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Posting time</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Posting time shown</source>
      <translation>页面显示的发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <location filename="../../evidence_app/core/fields.py" />
      <source>Purpose (证明目的)</source>
      <translation>证明目的</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Report ticket</source>
      <translation>举报工单号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Repost count when observed (500 or more matters in law).</source>
      <translation>查看时的转发数（被转发 500 次以上在法律上具有意义）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Reposts</source>
      <translation>转发</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The IP location (IP属地) the platform shows.</source>
      <translation>平台显示的IP属地。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The address after redirects.</source>
      <translation>跳转后的最终网址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The address of the poster's home page.</source>
      <translation>发布者主页的网址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The full address of the page, as text.</source>
      <translation>网页的完整网址（文本形式）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The platform ID or UID; a nickname alone identifies nobody.</source>
      <translation>平台账号ID或UID；仅凭昵称无法确定身份。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The post's own ID, if the platform shows one.</source>
      <translation>帖子本身的ID（如平台有显示）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The poster's nickname as shown.</source>
      <translation>页面显示的发布者昵称。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The posting time as a full date and time, if known.</source>
      <translation>完整的发布日期和时间（如已知）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The posting time exactly as the page shows it.</source>
      <translation>与页面显示完全一致的发布时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The text of the post, copied word for word.</source>
      <translation>帖子正文，逐字照录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The ticket number of your report to the platform.</source>
      <translation>你向平台举报的工单号。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The title the page shows.</source>
      <translation>页面显示的标题。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>URL</source>
      <translation>网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>View count when observed (5,000 or more matters in law).</source>
      <translation>查看时的浏览量（浏览 5,000 次以上在法律上具有意义）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Views</source>
      <translation>浏览量</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>What this item proves.</source>
      <translation>这项证据要证明什么。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>When you read the counts; capture them again later.</source>
      <translation>你查看这些数据的时间；之后请再次取证。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Where it was published, e.g. Weibo or Douyin.</source>
      <translation>发布平台，例如微博或抖音。</translation>
    </message>
  </context>
  <context>
    <name>FileRoles</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Capture record (JSON)</source>
      <translation>取证记录（JSON）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Navigation log</source>
      <translation>访问路径记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Original file</source>
      <translation>原始文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Page source (HTML)</source>
      <translation>网页源代码（HTML）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Recording</source>
      <translation>录屏</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Saved page (MHTML)</source>
      <translation>保存的网页（MHTML）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Time-stamp token</source>
      <translation>时间戳令牌</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Visible part</source>
      <translation>屏幕可见部分</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Whole page</source>
      <translation>整个网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Window with address bar and clock</source>
      <translation>带地址栏和时钟的窗口</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>Account {account} (who posted {number}) has no saved home page.</source>
      <translation>账号 {account}（{number} 的发布者）尚未保存主页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No bundle has been exported yet.</source>
      <translation>尚未导出证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No evidence of the harm done to you yet.</source>
      <translation>尚无你所受损害的证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No purchase invoice or registration yet.</source>
      <translation>尚无购车发票或车辆登记证明。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No report ticket number recorded yet.</source>
      <translation>尚未记录举报工单号。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>Nothing has been captured yet.</source>
      <translation>尚未取证任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>The case has no account of what happened yet.</source>
      <translation>案件中还没有事情经过的陈述。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>There is no screen recording of the way to a post.</source>
      <translation>还没有演示如何找到帖子的录屏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: fill in {fields}.</source>
      <translation>{number}：请填写{fields}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no screenshot.</source>
      <translation>{number}：没有截图。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no trusted time-stamp yet.</source>
      <translation>{number}：尚无可信时间戳。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no views, reposts, comments or likes recorded.</source>
      <translation>{number}：未记录浏览量、转发、评论或点赞数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: the raw page (MHTML or HTML) was not kept.</source>
      <translation>{number}：未保存原始网页（MHTML 或 HTML）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{title} (recommended)</source>
      <translation>{title}（建议）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{title}: {gap}</source>
      <translation>{title}：{gap}</translation>
    </message>
  </context>
  <context>
    <name>GuidePanel</name>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>(not needed yet)</source>
      <translation>（暂不需要）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>(recommended)</source>
      <translation>（建议）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Capture again…</source>
      <translation>重新取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Capture the screen</source>
      <translation>截取屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Click to see the item; drop files here to answer.</source>
      <translation>点击查看该证据；将文件拖放到此处即可完成重新取证。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Create a case first…</source>
      <translation>先新建案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Done.</source>
      <translation>已完成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Export the bundle</source>
      <translation>导出证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Fill in the details</source>
      <translation>填写详细信息</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Import files</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Open the browser</source>
      <translation>打开浏览器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Record the screen</source>
      <translation>录制屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Screening verdict: {verdict} ({name})</source>
      <translation>筛查结论：{verdict}（{name}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Still missing:</source>
      <translation>仍缺少：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Support asked you to capture {count} item(s) again:</source>
      <translation>客服人员请你对 {count} 项证据重新取证：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Time-stamp now</source>
      <translation>立即加盖时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>What to do, step by step</source>
      <translation>操作步骤</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Why:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>Write what happened</source>
      <translation>写下事情经过</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{count} not needed yet</source>
      <translation>{count} 步暂不需要</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{count} recapture request(s) wait for the owner:</source>
      <translation>{count} 项重新取证请求等待车主处理：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{done} of {total} steps done</source>
      <translation>已完成 {done}/{total} 步</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{number}: {comment} ({name})</source>
      <translation>{number}：{comment}（{name}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>… and {count} more</source>
      <translation>…另有 {count} 项</translation>
    </message>
  </context>
  <context>
    <name>Identity</name>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>Passphrase for the signing key: </source>
      <translation>签名密钥的密码短语：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The same passphrase again: </source>
      <translation>再次输入密码短语：</translation>
    </message>
  </context>
  <context>
    <name>ImagePreview</name>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Ctrl + mouse wheel to zoom, drag to move. Zooming changes only what you see here; the file itself is never changed.</source>
      <translation>按住 Ctrl 转动鼠标滚轮可缩放，按住鼠标拖动可移动。缩放只改变这里的显示，文件本身永远不会被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Fit width</source>
      <translation>适应宽度</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Show the picture at its real size, pixel for pixel ({keys}).</source>
      <translation>按图片的实际大小显示，一个像素对一个像素（{keys}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Show the whole width of the picture ({keys}).</source>
      <translation>显示图片的完整宽度（{keys}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Shown at {percent}% of the picture's {width} × {height} pixels.</source>
      <translation>图片为 {width} × {height} 像素，当前按 {percent}% 显示。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Zoom in ({keys})</source>
      <translation>放大（{keys}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Zoom out ({keys})</source>
      <translation>缩小（{keys}）</translation>
    </message>
  </context>
  <context>
    <name>Integrity</name>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq} records file {role} “{name}”, but the store has no such file.</source>
      <translation>第 {seq} 条记录登记了文件 {role}“{name}”，但存储中没有该文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: belongs to another case ({found}).</source>
      <translation>第 {seq} 条记录：属于另一个案件（{found}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: its content does not match its hash (altered after it was written).</source>
      <translation>第 {seq} 条记录：内容与其哈希值不符（写入后被篡改）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: the link to the previous event is broken (expected {expected}, found {found}).</source>
      <translation>第 {seq} 条记录：与上一条记录的链接断裂（应为 {expected}，实为 {found}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: the log skips or repeats a sequence number (expected {expected}).</source>
      <translation>第 {seq} 条记录：日志序号跳号或重复（应为 {expected}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>The log does not begin with the case's creation.</source>
      <translation>日志不是从案件创建开始的。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>The log ends at event {seq}, but the case records event {recorded} as its last ({hash}); events are missing or were added behind the store's back.</source>
      <translation>日志止于第 {seq} 条记录，但案件登记的最后一条记录为第 {recorded} 条（{hash}）；有记录缺失，或有记录绕过存储被私自添加。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: category or capture time differs from what the log recorded.</source>
      <translation>{number}：类别或取证时间与日志记录不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: field {key} was changed without a custody event (the log says “{logged}”, the store holds “{stored}”).</source>
      <translation>{number}：字段 {key} 被修改却没有保管记录（日志记载为“{logged}”，存储中为“{stored}”）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” differs from what event {seq} recorded.</source>
      <translation>{number}：文件 {role}“{name}”与第 {seq} 条记录登记的不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” has no custody event.</source>
      <translation>{number}：文件 {role}“{name}”没有保管记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” is {actual} bytes, the record says {size}.</source>
      <translation>{number}：文件 {role}“{name}”大小为 {actual} 字节，记录中为 {size}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: its withdrawal state differs from the log.</source>
      <translation>{number}：撤回状态与日志不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: no custody event records this item.</source>
      <translation>{number}：没有任何保管记录登记这项证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the log recorded it as {logged}.</source>
      <translation>{number}：日志记载为 {logged}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the log records this item (event {seq}) but the store has no such item.</source>
      <translation>{number}：日志登记了这项证据（第 {seq} 条记录），但存储中没有该证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” cannot be read ({reason}).</source>
      <translation>{number}：无法读取 {role}“{name}”的存储副本（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” has been altered (its SHA-256 is {actual}, not {sha}).</source>
      <translation>{number}：{role}“{name}”的存储副本已被篡改（其 SHA-256 为 {actual}，而不是 {sha}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” is missing ({sha}).</source>
      <translation>{number}：{role}“{name}”的存储副本缺失（{sha}）。</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>A saved web page: {name}</source>
      <translation>已保存的网页：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>A withdrawn item keeps its category.</source>
      <translation>已撤回的证据保留原来的类别。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Added as {category}</source>
      <translation>加入时的类别：{category}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Ask for recapture…</source>
      <translation>要求重新取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Capture again…</source>
      <translation>重新取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Captured {when} by {who}</source>
      <translation>{who} 于 {when} 取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Category:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Category: {old} → {new}</source>
      <translation>类别：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Choose an item in the table to see it here.</source>
      <translation>在表格中选择一项证据，即可在此查看。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Event {seq} of the custody log
Local: {local}
UTC: {utc}</source>
      <translation>保管日志第 {seq} 条记录
本地时间：{local}
UTC：{utc}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Fields marked * are what the guide asks for; red ones are still empty.</source>
      <translation>标有 * 的字段是取证指引要求填写的；红色表示尚未填写。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Files and hashes</source>
      <translation>文件与哈希值</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Mark reviewed</source>
      <translation>标记为已审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Open the saved page in the browser</source>
      <translation>在浏览器中打开已保存的网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Other fields</source>
      <translation>其他字段</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Show all fields ({count} more)</source>
      <translation>显示全部字段（另有 {count} 项）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Show fewer fields</source>
      <translation>只显示常用字段</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>The app cannot read this as a date and time, so the timeline cannot place it. Write it like 2025-01-05 21:14; the time exactly as the page shows it goes in “{field}”. It is saved as you wrote it.</source>
      <translation>软件无法把它识别为日期和时间，时间线就无法按它排序。请写成 2025-01-05 21:14 这样的格式；页面上显示的原样时间请填在“{field}”。内容会按你写的原样保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>The bundle cannot count this as a number (write it like 3,456 or 1.2万). It is saved as you wrote it.</source>
      <translation>证据包无法把它当作数字统计（可写成 3,456 或 1.2万 这样）。内容会按你写的原样保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>This file is not a picture that can be shown; it is kept unchanged.</source>
      <translation>这个文件不是能显示的图片；它已原样保存，没有改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>This item has no picture, video or saved page to show.</source>
      <translation>这项证据没有可显示的图片、视频或已保存网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>This picture is too large to show here; it is kept unchanged.</source>
      <translation>这张图片太大，无法在这里显示；它已原样保存，没有改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Trusted time-stamp: not yet</source>
      <translation>可信时间戳：尚未加盖</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Trusted time-stamp: yes</source>
      <translation>可信时间戳：已加盖</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Type: {mime} · stored {when}</source>
      <translation>类型：{mime} · 保存于 {when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>What this item is; a change is recorded in the custody log at once.</source>
      <translation>这项证据属于哪一类；修改后会立即记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>captured again, as a reviewer asked</source>
      <translation>应审核人员要求重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>done: recaptured as {number}</source>
      <translation>已完成：已重新取证为 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. 2025-01-05 21:14</source>
      <translation>例如：2025-01-05 21:14</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. 2025-01-06 09:30</source>
      <translation>例如：2025-01-06 09:30</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. 3 hours ago, or 01-05 21:14</source>
      <translation>例如：3小时前，或 01-05 21:14</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. 3,456 or 1.2万</source>
      <translation>例如：3,456 或 1.2万</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. 7788990011</source>
      <translation>例如：7788990011</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. Guangdong</source>
      <translation>例如：广东</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>e.g. Weibo, Douyin</source>
      <translation>例如：微博、抖音</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>withdrawn: {reason}</source>
      <translation>已撤回：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{count} bytes</source>
      <translation>{count} 字节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{name} ({role})</source>
      <translation>{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{name} ({role}), {when}</source>
      <translation>{name}（{role}），{when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{role} for “{name}”</source>
      <translation>“{name}”的{role}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>{role}: {name}, {size}</source>
      <translation>{role}：{name}，{size}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>“{name}” stamped by {tsa} at {when}</source>
      <translation>“{name}”由 {tsa} 于 {when} 加盖时间戳</translation>
    </message>
  </context>
  <context>
    <name>LogDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&amp;Bundle</source>
      <translation>证据包(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&amp;Case</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&lt;b&gt;Everything the guide asks for is here.&lt;/b&gt; Export the bundle for your lawyer.</source>
      <translation>&lt;b&gt;取证指引要求的内容已全部齐备。&lt;/b&gt;请导出证据包交给律师。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&lt;b&gt;Next step:&lt;/b&gt; {title}</source>
      <translation>&lt;b&gt;下一步：&lt;/b&gt;{title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&lt;b&gt;Start here:&lt;/b&gt; create a case for what is happening to you.</source>
      <translation>&lt;b&gt;从这里开始：&lt;/b&gt;为你遭遇的事情创建一个案件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>&lt;b&gt;Support asked you to capture {count} item(s) again:&lt;/b&gt; {numbers}</source>
      <translation>&lt;b&gt;客服人员请你对 {count} 项证据重新取证：&lt;/b&gt;{numbers}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>All kinds</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>All platforms</source>
      <translation>全部平台</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Browser — {title}</source>
      <translation>浏览器 — {title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>C&amp;apture</source>
      <translation>取证(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture a region</source>
      <translation>截取区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture a window</source>
      <translation>截取窗口</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture again…</source>
      <translation>重新取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture cancelled; nothing was stored.</source>
      <translation>已取消取证；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture screen</source>
      <translation>截取屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Case package (*.evcase)</source>
      <translation>案件包 (*.evcase)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Choose the files to keep as evidence</source>
      <translation>选择要保存为证据的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Choose the new capture that replaces this item</source>
      <translation>选择用于替换这项证据的新取证文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Data: {path}</source>
      <translation>数据目录：{path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Edit what happened…</source>
      <translation>编辑事情经过…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Evidence App · 取证助手</source>
      <translation>取证助手</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Export bundle…</source>
      <translation>导出证据包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Finishing the work in progress…</source>
      <translation>正在完成进行中的工作…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Import a receipt</source>
      <translation>导入回执</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Import a receipt…</source>
      <translation>导入回执…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Import files…</source>
      <translation>导入文件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>New case…</source>
      <translation>新建案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>New title:</source>
      <translation>新标题：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>No case yet</source>
      <translation>还没有案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Open a case package</source>
      <translation>打开案件包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Open a case package…</source>
      <translation>打开案件包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Open browser</source>
      <translation>打开浏览器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Opening the case…</source>
      <translation>正在打开案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Opening your cases…</source>
      <translation>正在打开您的案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Operator: {name} ({role})</source>
      <translation>操作人：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Pack case: write the case as one signed file to send to a support worker</source>
      <translation>打包案件：将案件写入一个已签名的文件，以便发送给客服人员</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Recapture of {number} requested. Pack the case and send it back to the owner.</source>
      <translation>已要求对 {number} 重新取证。请打包案件并发回给车主。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Receipt (*.json)</source>
      <translation>回执 (*.json)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Receipt checked: {who} received {file} on {when}. The case is still with them, so it enters the custody log when their package comes back.</source>
      <translation>回执已核验：{who} 于 {when} 收到了 {file}。案件仍在对方处，因此回执将在对方的案件包传回时记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Receipt recorded: {who} received {file} on {when}; the signature is valid.</source>
      <translation>回执已记录：{who} 于 {when} 收到了 {file}；签名有效。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Rename case</source>
      <translation>重命名案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Rename case…</source>
      <translation>重命名案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Saved. The change is recorded in the custody log.</source>
      <translation>已保存。此次修改已记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Screening verdict recorded: {verdict}.</source>
      <translation>筛查结论已记录：{verdict}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Screening verdict…</source>
      <translation>筛查结论…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Search number, account, text…</source>
      <translation>搜索编号、账号、文字…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Send case to support…</source>
      <translation>将案件发送给客服人员…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Show log</source>
      <translation>查看日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>The time-stamp server answers again: {count} waiting file(s) were time-stamped.</source>
      <translation>时间戳服务器已恢复响应：{count} 个等待中的文件已加盖时间戳。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp now</source>
      <translation>立即加盖时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp server: checking…</source>
      <translation>时间戳服务器：正在检查…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp server: not reachable</source>
      <translation>时间戳服务器：无法连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp server: not set</source>
      <translation>时间戳服务器：未设置</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp server: reachable</source>
      <translation>时间戳服务器：可连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamping finished.</source>
      <translation>时间戳加盖完成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Tip: drag files from your computer onto the table to add them as evidence.</source>
      <translation>提示：将电脑中的文件拖到表格中，即可添加为证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Verify a bundle…</source>
      <translation>验证证据包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Why is this item withdrawn? It stays in the log.</source>
      <translation>为什么撤回这项证据？该证据仍会保留在日志中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Withdraw item…</source>
      <translation>撤回证据…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Withdraw {number}</source>
      <translation>撤回 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Your cases</source>
      <translation>你的案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{count} file(s) added as evidence.</source>
      <translation>已将 {count} 个文件添加为证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{count} file(s) wait for a time-stamp</source>
      <translation>{count} 个文件等待加盖时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{done} of {total}: {label}</source>
      <translation>{done}/{total}：{label}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{number} captured and stored with its hash.</source>
      <translation>{number} 已取证，并已连同哈希值保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{number} is marked reviewed.</source>
      <translation>{number} 已标记为已审核。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{stamped} file(s) time-stamped; {pending} still wait (the server did not answer). They are stamped when it answers again.</source>
      <translation>已为 {stamped} 个文件加盖时间戳；还有 {pending} 个仍在等待（服务器未响应），待服务器恢复响应后会自动加盖。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{title} — opening {count} pieces of evidence…</source>
      <translation>{title} — 正在打开 {count} 项证据…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{title} — {count} pieces of evidence</source>
      <translation>{title} — {count} 项证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>{title} — {shown} of {count} pieces of evidence shown</source>
      <translation>{title} — 显示 {count} 项证据中的 {shown} 项</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Captured</source>
      <translation>取证时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Complete?</source>
      <translation>是否齐全</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>Trusted time</source>
      <translation>可信时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>recaptured as {number}</source>
      <translation>已重新取证为 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>waiting</source>
      <translation>等待中</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>{count} missing</source>
      <translation>缺 {count} 项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>{label} (withdrawn)</source>
      <translation>{label}（已撤回）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>{title}
{count} items · created {created}</source>
      <translation>{title}
{count} 项证据 · 创建于 {created}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>✓ complete</source>
      <translation>✓ 齐全</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>✓ reviewed</source>
      <translation>✓ 已审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>✓ stamped</source>
      <translation>✓ 已加盖</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/models.py" />
      <source>⟲ capture again</source>
      <translation>⟲ 重新取证</translation>
    </message>
  </context>
  <context>
    <name>NarrativeDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>In your own words: when it started, on which platforms, what was said, and how it affected you. Every change is kept in the custody log.</source>
      <translation>请用你自己的话写明：从何时开始、发生在哪些平台、对方说了什么，以及对你造成了什么影响。每次修改都会保存在保管日志中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>What happened</source>
      <translation>事情经过</translation>
    </message>
  </context>
  <context>
    <name>NewCaseWizard</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Contact: {contact}</source>
      <translation>联系方式：{contact}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>New case — step {step} of {total}</source>
      <translation>新建案件 — 第 {step} 步，共 {total} 步</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Platforms: {names}</source>
      <translation>平台：{names}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Since: {date}</source>
      <translation>开始时间：{date}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Vehicle: {model}</source>
      <translation>车辆：{model}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>{owner}: online attacks</source>
      <translation>{owner}：遭受网络攻击</translation>
    </message>
  </context>
  <context>
    <name>OwnerPage</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Every step you take is recorded under this name in the custody log. You can change it later in Settings.</source>
      <translation>你的每一步操作都会以这个名字记入保管日志。以后可以在“设置”中修改。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Phone or e-mail (for your lawyer)</source>
      <translation>电话或电子邮箱（供律师联系）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Who is being attacked?</source>
      <translation>谁受到了攻击？</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Your name *</source>
      <translation>你的姓名 *</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Your name is printed on the bundle so that a lawyer knows whose evidence it is.</source>
      <translation>你的姓名会印在证据包上，以便律师知道这是谁的证据。</translation>
    </message>
  </context>
  <context>
    <name>PackDialog</name>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Pack case</source>
      <translation>打包案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Packing…</source>
      <translation>正在打包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Save as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Save the case package as</source>
      <translation>案件包另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Send the case to support</source>
      <translation>将案件发送给客服人员</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>The case package was not written.</source>
      <translation>未生成案件包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>The case package was written.</source>
      <translation>案件包已生成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>The whole case (every file, every field and the full custody log) is written to one signed file. The support worker opens it in their copy of the app.</source>
      <translation>整个案件（所有文件、所有字段及完整的保管日志）将写入一个已签名的文件。客服人员会在自己的取证助手中打开它。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>{path}: {events} custody events and {files} files, signed with your key. Send this file to the support worker; whatever they add comes back in the same chain.</source>
      <translation>{path}：{events} 条保管记录和 {files} 个文件，已用你的密钥签名。请将此文件发送给客服人员；他们添加的任何内容都会接续在同一条记录链中传回给你。</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>A signing key is made for you now. Choose a passphrase and keep it safe: without it you cannot sign bundles with this key. A key you had before is kept in the archive; bundles signed with it stay valid.</source>
      <translation>现在将为你生成签名密钥。请设置一个密码短语并妥善保管：没有它，就无法用此密钥为证据包签名。你以前的密钥会存档保留，用它签名的证据包仍然有效。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Change the passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose a passphrase for your signing key</source>
      <translation>为你的签名密钥设置密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose a passphrase; it must not be empty.</source>
      <translation>请设置密码短语，不能为空。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>New passphrase again</source>
      <translation>再次输入新密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle is signed with your key so that anyone can check nothing was changed. Type its passphrase.</source>
      <translation>证据包会用你的密钥签名，任何人都能据此核验内容未被改动。请输入密钥的密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The two new passphrases differ. Type them again.</source>
      <translation>两次输入的新密码短语不一致，请重新输入。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Type the current passphrase, then the new one twice.</source>
      <translation>请输入当前密码短语，再输入两次新密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Type the passphrase of your signing key.</source>
      <translation>请输入你的签名密钥的密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Unlock your signing key</source>
      <translation>解锁你的签名密钥</translation>
    </message>
  </context>
  <context>
    <name>PlatformsPage</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Other platforms, separated by commas</source>
      <translation>其他平台，用逗号分隔</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Tick every platform where you were attacked.</source>
      <translation>勾选你受到攻击的所有平台。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Where does it happen?</source>
      <translation>发生在哪些平台？</translation>
    </message>
  </context>
  <context>
    <name>RecaptureDialog</name>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Ask for a recapture of {number}</source>
      <translation>要求对 {number} 重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Say what is wrong and what to capture again (for example: the address bar is cut off, or the posting time is not visible). The owner sees this as a to-do.</source>
      <translation>请说明问题所在以及需要重新取证的内容（例如：地址栏被截掉了，或看不到发布时间）。车主会将其视为一项待办事项。</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Needs recapture</source>
      <translation>需重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Not usable</source>
      <translation>不具备起诉依据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Not yet</source>
      <translation>尚不具备起诉依据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Reviewed</source>
      <translation>已审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Usable grounds</source>
      <translation>具备起诉依据</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Support staff</source>
      <translation>客服人员</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>A new signing key was made. Bundles you export from now on are signed with it.</source>
      <translation>已生成新的签名密钥。今后导出的证据包都将使用它签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>A time-stamp server is a neutral service whose signed time proves your evidence existed at that moment, which courts value; it needs the internet when you capture and export. Ask your lawyer or support staff for an address.</source>
      <translation>时间戳服务器是中立的第三方服务，它签发的时间能证明你的证据在那一刻已经存在，法院很看重这一点；取证和导出时需要联网。地址请向你的律师或协助人员索取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Change passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Data folder</source>
      <translation>数据目录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Every bundle you export is signed with this key. Give your lawyer its fingerprint so that they can check the bundle really comes from you.</source>
      <translation>你导出的每个证据包都用这把密钥签名。把它的指纹告诉律师，律师就能核实证据包确实出自你手。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Fingerprint (SHA-256):</source>
      <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Make a new key</source>
      <translation>生成新密钥</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>No signing key yet; one is made when you first export.</source>
      <translation>还没有签名密钥；首次导出时会自动生成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>One address per line, for example https://…/tsr</source>
      <translation>每行一个地址，例如 https://…/tsr</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Signing key</source>
      <translation>签名密钥</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>System default ({language})</source>
      <translation>跟随系统（{language}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The fingerprint was copied. Paste it into a message to your lawyer.</source>
      <translation>指纹已复制，可以粘贴到发给律师的消息里。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The passphrase was changed.</source>
      <translation>密码短语已更改。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>There is no signing key yet: make one first (or export once).</source>
      <translation>还没有签名密钥：请先生成一个（或先导出一次）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Time-stamp servers</source>
      <translation>时间戳服务器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Working on the key…</source>
      <translation>正在处理密钥…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Your name (recorded with every action)</source>
      <translation>你的姓名（每次操作都会记录）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Your role</source>
      <translation>你的角色</translation>
    </message>
  </context>
  <context>
    <name>TrustedTime</name>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA certificate “{subject}” does not lead to a trusted root or is not fit for time-stamping ({reason}).</source>
      <translation>TSA 证书“{subject}”无法追溯到受信任的根证书，或不适用于时间戳（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA's signature on the token could not be checked ({reason}).</source>
      <translation>无法验证 TSA 在时间戳令牌上的签名（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA's signature on the token does not verify: the token was altered or forged.</source>
      <translation>TSA 在时间戳令牌上的签名验证失败：令牌已被篡改或伪造。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The token stamps SHA-256 {stamped}, but the file's SHA-256 is {actual}: the file is not the one that was stamped.</source>
      <translation>时间戳令牌对应的 SHA-256 为 {stamped}，但文件的 SHA-256 为 {actual}：该文件不是加盖时间戳的那个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The token stamps a {algorithm} hash, not a SHA-256 hash.</source>
      <translation>时间戳令牌对应的是 {algorithm} 哈希值，而不是 SHA-256 哈希值。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>This is not an RFC 3161 time-stamp token ({reason}).</source>
      <translation>这不是 RFC 3161 时间戳令牌（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>could not connect (offline, or the TSA is down): {detail}.</source>
      <translation>无法连接（未联网，或 TSA 服务不可用）：{detail}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>no answer within {seconds} seconds.</source>
      <translation>{seconds} 秒内无响应。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA answered with HTTP error {status} ({message}).</source>
      <translation>TSA 返回 HTTP 错误 {status}（{message}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA refused or answered wrongly: {detail}.</source>
      <translation>TSA 拒绝请求或响应有误：{detail}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA's token does not check out: {problems}</source>
      <translation>TSA 的时间戳令牌未通过核验：{problems}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the answer is not a valid time-stamp response ({detail}).</source>
      <translation>响应不是有效的时间戳响应（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the request failed: {detail}.</source>
      <translation>请求失败：{detail}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} d</source>
      <translation>{count} 天</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} h</source>
      <translation>{count} 小时</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} min</source>
      <translation>{count} 分钟</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} s</source>
      <translation>{count} 秒</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} after capture</source>
      <translation>取证后 {span}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} before the recorded capture time (the computer's clock was ahead)</source>
      <translation>比记录的取证时间早 {span}（本机时钟偏快）</translation>
    </message>
  </context>
  <context>
    <name>UnpackDialog</name>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Case package: {name}</source>
      <translation>案件包：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Checking every file, the custody log and the signature…</source>
      <translation>正在核验所有文件、保管日志和签名…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Every file, the custody log and the sender's signature were checked. You can write a signed receipt for the sender.</source>
      <translation>所有文件、保管日志和发送方的签名均已核验。你可以为发送方生成已签名的回执。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Import as a separate copy</source>
      <translation>作为独立副本导入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Nothing is merged silently: you can import the package as a separate copy and keep both.</source>
      <translation>不会在你不知情的情况下合并：你可以将案件包作为独立副本导入，两份都保留。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Open a case package</source>
      <translation>打开案件包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Receipt (*.json)</source>
      <translation>回执 (*.json)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Receipt written to {path}. Send it back to the sender.</source>
      <translation>回执已写入 {path}。请将其发回给发送方。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Save the receipt as</source>
      <translation>回执另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>The package was not imported.</source>
      <translation>案件包未导入。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>Write a receipt for the sender…</source>
      <translation>为发送方生成回执…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>“{title}” is already up to date; nothing new was in the package.</source>
      <translation>“{title}”已是最新；案件包中没有新内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>“{title}” was brought up to date: {count} new custody events.</source>
      <translation>已将“{title}”更新至最新：新增 {count} 条保管记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>“{title}” was imported as a new case ({count} custody events).</source>
      <translation>已将“{title}”作为新案件导入（{count} 条保管记录）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>“{title}” was imported as a separate copy ({count} custody events); your own copy is unchanged.</source>
      <translation>已将“{title}”作为独立副本导入（{count} 条保管记录）；你自己的副本保持不变。</translation>
    </message>
  </context>
  <context>
    <name>VehiclePage</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Registration (optional)</source>
      <translation>车牌号（选填）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Vehicle model</source>
      <translation>车型</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Which car is this about? The registration number is optional.</source>
      <translation>涉及哪辆车？车牌号可不填。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Your car</source>
      <translation>你的车辆</translation>
    </message>
  </context>
  <context>
    <name>VerdictDialog</name>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Does this case have usable grounds? The verdict is recorded in the custody log.</source>
      <translation>该案件是否具备起诉依据？筛查结论将记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Screening verdict</source>
      <translation>筛查结论</translation>
    </message>
  </context>
  <context>
    <name>Verify</name>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>All {count} attached files have the SHA-256 and size the manifest lists.</source>
      <translation>全部 {count} 个附件文件的 SHA-256 和大小均与 manifest.json 所列一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>All {count} time-stamp tokens are valid and stamp the files they name.</source>
      <translation>全部 {count} 个时间戳令牌均有效，且与其所指文件相符。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>Data was appended after the last signature or time-stamp: the file was changed after it was signed.</source>
      <translation>在最后一个签名或时间戳之后追加了数据：文件在签名后被修改过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>Document time-stamp by {tsa} at {time} is valid and covers the whole file.</source>
      <translation>{tsa} 于 {time} 加盖的文档时间戳有效，且覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>No document time-stamp (PAdES B-B): the signing time comes from the signer's clock.</source>
      <translation>无文档时间戳（PAdES B-B）：签名时间取自签名人的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>No item carries a time-stamp token.</source>
      <translation>没有任何证据带有时间戳令牌。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>Signer {subject} ({fingerprint}): {problems}.</source>
      <translation>签名人 {subject}（{fingerprint}）：{problems}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; matches signer-cert.pem). Compare the fingerprint with the one the owner gave you, or pass --trust.</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}（自签名；与 signer-cert.pem 一致）。请将该指纹与车主提供给你的指纹进行比对，或使用 --trust 指定证书。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint}: trusted (given with --trust).</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}：受信任（通过 --trust 指定）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The PAdES signature ({subfilter}) is cryptographically valid; the signed bytes are unchanged.</source>
      <translation>PAdES 签名（{subfilter}）在密码学上有效；已签名的字节未被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The TSA does not lead to a certificate given with --trust.</source>
      <translation>该 TSA 无法追溯到通过 --trust 指定的证书。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The TSA is trusted.</source>
      <translation>该 TSA 受信任。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The bundle carries no signature.</source>
      <translation>证据包没有签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The bundle carries {count} signatures; only one is expected.</source>
      <translation>证据包带有 {count} 个签名；应当只有一个。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The bundle has no custody-log.json.</source>
      <translation>证据包中没有 custody-log.json。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The bundle has no readable catalogue record.</source>
      <translation>证据包中没有可读取的证据目录记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The custody log chains from zero through {count} events to the printed head {head}.</source>
      <translation>保管日志自零起，经 {count} 条记录完整链接至所印的最新记录 {head}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The custody log is empty.</source>
      <translation>保管日志为空。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The document time-stamp by {tsa} does not verify or does not cover the whole file.</source>
      <translation>{tsa} 加盖的文档时间戳验证失败，或未覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The document time-stamp cannot be checked ({reason}).</source>
      <translation>无法核验文档时间戳（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The document was changed after signing in a way PAdES does not allow ({level}).</source>
      <translation>文档在签名后被以 PAdES 不允许的方式修改（{level}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The export recorded a document time-stamp, but the bundle has none: it was removed.</source>
      <translation>导出时记录了文档时间戳，但证据包中没有：该时间戳已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The manifest matches the printed catalogue ({count} items).</source>
      <translation>manifest.json 与所印证据目录一致（{count} 项证据）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The signature covers the whole file.</source>
      <translation>签名覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The signature covers the whole file; anything after it is a PAdES-allowed update.</source>
      <translation>签名覆盖整个文件；其后的内容均为 PAdES 允许的更新。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>The signed bytes were changed after signing (the digest does not match).</source>
      <translation>已签名的字节在签名后被改动（摘要不符）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>The verifier failed on this file ({reason}).</source>
      <translation>验证程序处理此文件时出错（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>The verifier process stopped on this file ({reason}).</source>
      <translation>验证进程在处理此文件时中止（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>custody-log.json cannot be read ({reason}).</source>
      <translation>无法读取 custody-log.json（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>event {seq}: {what} (expected {expected}, found {found})</source>
      <translation>第 {seq} 条记录：{what}（应为 {expected}，实为 {found}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>manifest.json cannot be read ({reason}).</source>
      <translation>无法读取 manifest.json（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>manifest.json is not in the format {format}.</source>
      <translation>manifest.json 不是 {format} 格式。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>manifest.json is not the manifest the catalogue was printed from</source>
      <translation>manifest.json 并非生成所印证据目录时所依据的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>signer-cert.pem is missing or unreadable</source>
      <translation>signer-cert.pem 缺失或无法读取</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the catalogue lists other items than the manifest</source>
      <translation>证据目录所列证据与 manifest.json 不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the log ends at {head}, not at the head the bundle prints</source>
      <translation>日志止于 {head}，而非证据包所印的最新记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the manifest names another signer ({other})</source>
      <translation>manifest.json 载明的是另一签名人（{other}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the printed custody head differs from the manifest's</source>
      <translation>所印的保管日志最新记录与 manifest.json 中的不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the review entry at event {seq} is not what the custody log records</source>
      <translation>第 {seq} 条记录处的审核条目与保管日志所载不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the signer is not one of the trusted certificates given with --trust</source>
      <translation>签名人不在通过 --trust 指定的受信任证书之列</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>the signing certificate is not the attached signer-cert.pem ({attached})</source>
      <translation>签名证书不是所附的 signer-cert.pem（{attached}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} cannot be read ({reason})</source>
      <translation>无法读取 {name}（{reason}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} has SHA-256 {actual}, the manifest says {expected}</source>
      <translation>{name} 的 SHA-256 为 {actual}，manifest.json 记载为 {expected}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} has no custody event storing it</source>
      <translation>{name} 没有对应的保管记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} is attached but not in the manifest</source>
      <translation>{name} 在附件中，但不在 manifest.json 中</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} is missing</source>
      <translation>{name} 缺失</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name} is {actual} bytes, the manifest says {expected}</source>
      <translation>{name} 大小为 {actual} 字节，manifest.json 记载为 {expected}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{name}: the token or the file it stamps is missing</source>
      <translation>{name}：时间戳令牌或其对应的文件缺失</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify.py" />
      <source>{number}: the printed hashes differ from the manifest</source>
      <translation>{number}：所印哈希值与 manifest.json 不一致</translation>
    </message>
  </context>
  <context>
    <name>VerifyChecks</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>A file's time-stamp does not match the file, or cannot be checked.</source>
      <translation>有文件的时间戳与该文件不符，或无法核验。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>A neutral time-stamp server confirmed when the bundle was signed, and the file is unchanged since.</source>
      <translation>中立的时间戳服务器证实了证据包的签名时间，此后文件没有改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>An original file is missing, extra, or not the same as when it was collected.</source>
      <translation>有原始文件缺失、多出，或与收集时不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Each file's time-stamp is valid</source>
      <translation>每个文件的时间戳有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Each original file attached to the bundle is exactly as it was when it was collected.</source>
      <translation>证据包附带的每个原始文件都与收集时完全一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Every original file matches its record</source>
      <translation>每个原始文件与登记一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Every recorded step (who did what, and when) is there, in order, and unchanged.</source>
      <translation>记录的每一步（谁在何时做了什么）都在，顺序正确，没有被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Every time-stamp on a file proves that this very file existed at that time.</source>
      <translation>每个文件上的时间戳都证明正是这个文件在当时已经存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>No file has a time-stamp</source>
      <translation>文件未加时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>No file was time-stamped by a neutral server when it was collected.</source>
      <translation>收集文件时没有由中立的服务器加盖时间戳。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>No trusted time-stamp</source>
      <translation>未加可信时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Not an evidence bundle</source>
      <translation>不是证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Nothing was changed after signing</source>
      <translation>签名后文件未被改动</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Signed by {name}; to be sure it was them, compare the fingerprint in the technical details with the one they gave you.</source>
      <translation>由{name}签名；如需确认确实是本人，请把技术细节中的指纹与对方给你的指纹比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; the same certificate is attached to the bundle).</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}（自签名；与证据包中附带的证书相同）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Something was added to the file or changed in it after it was signed.</source>
      <translation>文件在签名后被添加或改动了内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Steps of the custody log are missing, out of order, or were changed.</source>
      <translation>保管日志中有步骤缺失、顺序错乱或被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle carries its signer's digital signature, and what was signed is exactly as it was.</source>
      <translation>证据包带有签名人的数字签名，签名的内容与签名时完全一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle was signed with the key it names; to be sure who signed it, compare the fingerprint in the technical details with the one the signer gave you.</source>
      <translation>证据包是用其中登记的密钥签名的；如需确认签名人，请把技术细节中的指纹与签名人给你的指纹比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The bundle's time comes from the signer's computer clock, not from a neutral time-stamp server.</source>
      <translation>证据包上的时间取自签名人电脑的时钟，而不是中立的时间戳服务器。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The check could not be finished</source>
      <translation>无法完成核验</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The check stopped on this file; it is probably damaged.</source>
      <translation>核验在此文件上中断；文件可能已损坏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The custody log is complete</source>
      <translation>保管日志完整</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The file cannot be opened</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The key that signed the bundle is not the one the bundle names.</source>
      <translation>签名所用的密钥不是证据包中登记的那一把。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The list of evidence printed in the bundle does not match the files attached to it.</source>
      <translation>证据包中印出的证据目录与所附文件不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The list of evidence printed in the bundle matches the files attached to it.</source>
      <translation>证据包中印出的证据目录与所附文件一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The printed list matches the attached files</source>
      <translation>证据目录与所附文件一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The signature covers the whole file; nothing was added or changed afterwards.</source>
      <translation>签名覆盖整个文件；签名后没有添加或改动任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The signature does not match the content: the bundle was changed after it was signed, or it is not signed.</source>
      <translation>签名与内容不符：证据包在签名后被改动过，或者没有签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The signature is valid</source>
      <translation>签名有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The signer is the one the bundle names</source>
      <translation>签名人与登记的一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The trusted time-stamp is missing, was removed, or does not match the file.</source>
      <translation>可信时间戳缺失、被删除，或与文件不符。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>The trusted time-stamp is valid</source>
      <translation>可信时间戳有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>This file cannot be opened: check that it is still there and that you may read it.</source>
      <translation>无法打开此文件：请确认文件还在原处，并且你有权限读取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>This file is not a PDF evidence bundle (or it is damaged).</source>
      <translation>此文件不是 PDF 证据包（或已损坏）。</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ All {total} bundles are intact.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ 全部 {total} 个证据包均完好无损。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ {name} is intact:&lt;/b&gt; it is signed, and nothing in it was changed since.&lt;/span&gt;</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ {name} 完好无损：&lt;/b&gt;它带有签名，签名后没有任何改动。&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;{bad} of {total} bundles failed the check.&lt;/b&gt;&lt;/span&gt; Select one to see why.</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;{total} 个证据包中有 {bad} 个未通过核验。&lt;/b&gt;&lt;/span&gt;选择其中一个即可查看原因。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ This file could not be checked:&lt;/b&gt;&lt;/span&gt; {reason}</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ 无法核验此文件：&lt;/b&gt;&lt;/span&gt;{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ {name} failed the check:&lt;/b&gt;&lt;/span&gt; {reason} Do not rely on it; ask the sender for the original.</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ {name} 未通过核验：&lt;/b&gt;&lt;/span&gt;{reason}请不要依赖此文件，请向发送人索取原件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ {name}:&lt;/b&gt;&lt;/span&gt; {reason}</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ {name}：&lt;/b&gt;&lt;/span&gt;{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Checking the bundles in {name}…</source>
      <translation>正在核验 {name} 中的证据包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Checking {name}…</source>
      <translation>正在核验 {name}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose a bundle (PDF)</source>
      <translation>选择证据包（PDF）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose a folder of bundles</source>
      <translation>选择存放证据包的文件夹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Choose a folder…</source>
      <translation>选择文件夹…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Drop a bundle (PDF) or a folder of bundles here to check them</source>
      <translation>将证据包（PDF）或存放证据包的文件夹拖放到此处进行核验</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Hide the technical details</source>
      <translation>隐藏技术细节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Or choose a file…</source>
      <translation>或选择文件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Show the technical details (for your lawyer)</source>
      <translation>显示技术细节（供律师查看）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Verify a bundle</source>
      <translation>验证证据包</translation>
    </message>
  </context>
  <context>
    <name>VideoView</name>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Play / pause</source>
      <translation>播放 / 暂停</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>This video cannot be played on this computer: the file is damaged or in a format that cannot be decoded here. The stored file is kept unchanged.</source>
      <translation>这段视频无法在这台电脑上播放：文件已损坏，或格式在这里无法解码。已保存的文件原样保留，没有任何改动。</translation>
    </message>
  </context>
  <context>
    <name>WhatPage</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>A few sentences in your own words are enough; you can add to it later.</source>
      <translation>用你自己的话写几句就够了，之后还可以补充。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Short name for the case</source>
      <translation>案件简称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Since when</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>What happened *</source>
      <translation>事情经过 *</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>What happened?</source>
      <translation>发生了什么？</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>e.g. Rumours about my car on Weibo</source>
      <translation>例如：微博上关于我的车的谣言</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>e.g. early January 2025</source>
      <translation>例如：2025年1月初</translation>
    </message>
  </context>
</TS>
