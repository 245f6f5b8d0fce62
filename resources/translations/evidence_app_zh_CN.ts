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
      <location filename="../../evidence_app/ui/language.py" />
      <source>Evidence App</source>
      <translation>取证助手</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>Manifest: every attached file with SHA-256 and size</source>
      <translation>清单：所有附件及其 SHA-256 和大小</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>The case's whole custody log (hash chain)</source>
      <translation>本案完整的保管记录（哈希链）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/export.py" />
      <source>The signer's certificate</source>
      <translation>签名人证书</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/names.py" />
      <source>{number} {role}: {name} (SHA-256 {sha256})</source>
      <translation>{number} {role}：{name}（SHA-256 {sha256}）</translation>
    </message>
  </context>
  <context>
    <name>Batch</name>
    <message>
      <location filename="../../evidence_app/capture/batch.py" />
      <source>internal error: {detail}</source>
      <translation>内部错误：{detail}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/batch.py" />
      <source>login wall: the site showed a sign-in page instead of the post ({address}); log in with the built-in browser, then try again</source>
      <translation>需要登录：网站显示的是登录页面而不是帖子（{address}）；请先在内置浏览器中登录，再重试</translation>
    </message>
  </context>
  <context>
    <name>BatchCaptureDialog</name>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Address</source>
      <translation>网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Capture a list of pages</source>
      <translation>批量取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Done. Pages not captured: {failed} (the state says why).</source>
      <translation>完成。未能取证的页面：{failed} 个（原因见“状态”一栏）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Done: every page was captured.</source>
      <translation>完成：所有页面都已取证。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Item</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Lists (*.txt *.csv)</source>
      <translation>网址列表 (*.txt *.csv)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Nothing left to capture in this list.</source>
      <translation>这个列表中已没有待取证的页面。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Open a .txt or .csv list…</source>
      <translation>打开 .txt 或 .csv 列表…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Open a list of addresses</source>
      <translation>打开网址列表</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Paste the addresses here, one per line (lines starting with # are skipped).</source>
      <translation>在此粘贴网址，每行一个（以 # 开头的行会被跳过）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Retry failed pages</source>
      <translation>重试失败的页面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Start capturing</source>
      <translation>开始取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>about {seconds} s left</source>
      <translation>约剩 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>captured</source>
      <translation>已取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>capturing…</source>
      <translation>正在取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>failed: {reason}</source>
      <translation>失败：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>needs a login</source>
      <translation>需要登录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>waiting</source>
      <translation>等待中</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>{count} pages of an earlier list are still waiting; press “Start capturing” to go on with them.</source>
      <translation>上次的列表中还有 {count} 个页面等待取证；点击“开始取证”继续。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/batch.py" />
      <source>{count} repeated addresses are captured once.</source>
      <translation>{count} 个重复的网址只取证一次。</translation>
    </message>
  </context>
  <context>
    <name>BatchVerify</name>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>! untrusted time-stamp</source>
      <translation>! 时间戳机构未受信任</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>First failed check</source>
      <translation>首个未通过的检查项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Items</source>
      <translation>证据数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Signed at</source>
      <translation>签名时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Signer fingerprint</source>
      <translation>签名人指纹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Time-stamp</source>
      <translation>时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>✓ valid</source>
      <translation>✓ 有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/batch_table.py" />
      <source>✗ invalid</source>
      <translation>✗ 无效</translation>
    </message>
  </context>
  <context>
    <name>BrowserWidget</name>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Back</source>
      <translation>后退</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Browser</source>
      <translation>浏览器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Capture page</source>
      <translation>截取网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Capture region</source>
      <translation>截取区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Capturing the page…</source>
      <translation>正在截取网页…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Copy the address of the post, paste it into the address bar at the top of this window and press Enter.</source>
      <translation>复制帖子的网址，粘贴到本窗口顶部的地址栏里，然后按回车键。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/downloads.py" />
      <source>Downloading {name}…</source>
      <translation>正在下载 {name}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Drag a rectangle over the page to store just that part; Escape cancels.</source>
      <translation>在网页上拖出一个矩形，只保存该部分；按 Esc 键取消。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Drag over the part of the page to keep; Escape cancels.</source>
      <translation>拖动选中要保存的网页部分；按 Esc 键取消。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Everything you capture is stored exactly as it is, with its hash (a digital fingerprint that shows it was never changed), and stays on this computer.</source>
      <translation>截取的所有内容都按原样保存，并附有哈希值（一种“数字指纹”，能证明内容从未被改动），只保存在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Finishing the recording…</source>
      <translation>正在完成录制…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>If the platform asks you to log in, log in here. The login is kept for this case only.</source>
      <translation>如果平台要求登录，就在这里登录。登录状态只保留在本案件中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Keep a post as evidence</source>
      <translation>把帖子保存为证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Local date, time and time zone of this computer: {zone}</source>
      <translation>本机的本地日期、时间和时区：{zone}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 404 (not found) — the post may have been deleted.</source>
      <translation>注意：该网页返回 404（未找到），帖子可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 410 (gone) — the post has probably been deleted.</source>
      <translation>注意：该网页返回 410（已不存在），帖子很可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 429 (too many requests) — the platform refused for now; capture the page again later.</source>
      <translation>注意：该网页返回 429（请求过多），平台暂时拒绝访问；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 451 (unavailable for legal reasons) — the post may have been blocked.</source>
      <translation>注意：该网页返回 451（因法律原因无法访问），帖子可能已被屏蔽。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (access refused) — the post may be private, or you may need to log in.</source>
      <translation>注意：该网页返回 {status}（拒绝访问），帖子可能不公开，或者需要先登录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (an error) — it may not show the post.</source>
      <translation>注意：该网页返回 {status}（出错），可能没有显示帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (server error) — the platform had a problem; capture the page again later as well.</source>
      <translation>注意：该网页返回 {status}（服务器错误），平台当时出了问题；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page did not load ({reason}); what was stored is the browser's own error message, not the post.</source>
      <translation>注意：该网页没有打开（{reason}），保存下来的是浏览器自己的错误提示，而不是帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Record the visit</source>
      <translation>录制访问过程</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Record the whole screen instead of this window, and every address visited in this browser. Press again to stop and store the recording.</source>
      <translation>录制整个屏幕（而不只是此窗口），并记录在此浏览器中访问过的每个网址。再按一次即可停止并保存录像。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Record this window (address bar and clock included) and every address you visit, to show how you reached the post. Press again to stop and store the recording of the visit.</source>
      <translation>录制此窗口（包括地址栏和时钟）并记录你访问过的每个网址，以展示你是如何找到该帖子的。再按一次即可停止并保存访问过程录像。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Record whole screen</source>
      <translation>录制整个屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Recording the visit… go to the post the way you normally would, then press “Stop recording”.</source>
      <translation>正在录制访问过程… 请像平时一样一步步打开帖子，然后按“停止录制”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Region cancelled.</source>
      <translation>已取消区域截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Reload</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Showing a stored copy; it cannot be captured again.</source>
      <translation>当前显示的是已保存的副本，无法再次截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Still to fill in for {number}: {fields}. You type them in the main window (Details), now or after capturing more pages.</source>
      <translation>{number} 还要填写：{fields}。请在主窗口的“详细信息”里填写，现在填或截完其他页面再填都可以。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Stop recording</source>
      <translation>停止录制</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Store this page as evidence: what is on screen, the whole page, this window with its address and clock, the page's source and how it was reached.</source>
      <translation>将此网页保存为证据：包括屏幕上显示的内容、整个网页、带地址栏和时钟的本窗口、网页源代码以及访问路径。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Storing the recording as evidence; the window closes when it is stored…</source>
      <translation>正在把录像保存为证据，保存好后窗口会自动关闭…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>The capture failed because of an internal error; see the log.</source>
      <translation>由于内部错误，取证失败；请查看日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page did not load: choose whether to keep it as evidence.</source>
      <translation>页面没有加载成功：请选择是否把它保留为证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page that did not load was not kept; nothing was stored.</source>
      <translation>未加载成功的页面没有保留，未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The text typed in the address bar was never opened, so it is not in the capture: the capture shows the page that was on screen.</source>
      <translation>地址栏里输入的内容并没有打开，所以不在截图里；本次截取的是屏幕上显示的网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>This computer's clock:
{date} {time} (UTC{offset})</source>
      <translation>本机时钟：
{date} {time}（UTC{offset}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>This page is:</source>
      <translation>这个页面是：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>To show how you reached the post, open the platform's home page or search first, press {record}, go to the post the way you normally would, then press {stop}.</source>
      <translation>如需证明你是怎样找到这条帖子的：先打开平台首页或搜索页，按{record}，像平时一样一步步点到这条帖子，然后按{stop}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Wait until the capture has finished before you open another page.</source>
      <translation>请等截取完成后再打开其他网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Waiting for the page to finish loading…</source>
      <translation>正在等待网页加载完成…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>Web address (https://…)</source>
      <translation>网址（https://…）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>What this page shows. The next capture is stored under this kind; after each capture the choice goes back to where it started.</source>
      <translation>这个页面显示的是什么。下一次截取会按这个类别保存；每次截取后，这里会恢复为最初的选择。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>When the post is on screen, press {capture}. For another kind of page (the poster's account home page, a comment…), first choose it at {kind}.</source>
      <translation>帖子显示在屏幕上后，按{capture}。如果是其他类型的页面（如发帖账号主页、评论等），请先在{kind}处选好。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/downloads.py" />
      <source>download</source>
      <translation>下载</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>page</source>
      <translation>网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>recording of the visit</source>
      <translation>访问过程录像</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the address could not be found</source>
      <translation>找不到这个网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the connection was broken off</source>
      <translation>连接中断了</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the page failed</source>
      <translation>页面出错</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the server answered {status}</source>
      <translation>服务器返回 {status}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site did not answer in time</source>
      <translation>网站没有及时响应</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site refused the connection</source>
      <translation>网站拒绝了连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site's security certificate is not valid</source>
      <translation>网站的安全证书无效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>this computer is not connected to the internet</source>
      <translation>这台电脑没有连上网络</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/widget.py" />
      <source>{number} stored as “{category}” ({what}) with its hash.</source>
      <translation>{number} 已作为“{category}”连同哈希值保存（{what}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>{plain}: {code}</source>
      <translation>{plain}：{code}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>● Recording {time}</source>
      <translation>● 正在录制 {time}</translation>
    </message>
  </context>
  <context>
    <name>Bundle</name>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source> ({count} withdrawn: left out of the catalogue; their record stays in the custody log)</source>
      <translation>（其中 {count} 项已撤回：不列入证据目录，其记录保留在保管日志中）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>(not filled in: for the lawyer to complete)</source>
      <translation>（未填写，待律师补充）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>(not readable as a time; printed as written)</source>
      <translation>（无法识别为时间，按原文印出）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(posting time as filled in by the owner: {time})</source>
      <translation>（车主填写的发布时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(posting time as shown in the screenshot: {time})</source>
      <translation>（截图显示的发布时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(posting time as shown on the page: {time})</source>
      <translation>（页面显示的发布时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(time sent as filled in by the owner: {time})</source>
      <translation>（车主填写的发送时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(time sent as shown in the screenshot: {time})</source>
      <translation>（截图显示的发送时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>(time sent as shown on the page: {time})</source>
      <translation>（页面显示的发送时间：{time}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>(typed in by hand, not read from a clock)</source>
      <translation>（手工填写，并非时钟记录）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>(worked out from a relative time)</source>
      <translation>（据相对时间推算）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>, address filled in by the {who}: {url}</source>
      <translation>，网址由{who}填写：{url}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>.</source>
      <translation>。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>; filled in: {fields}</source>
      <translation>；已填写：{fields}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>; only as exact as “{text}” itself</source>
      <translation>，精确程度以“{text}”本身为限</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>; operating system {system}</source>
      <translation>；操作系统 {system}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>; owner: {owner}</source>
      <translation>；车主：{owner}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>; recapture of {number}, as a reviewer asked</source>
      <translation>；应审核人要求重新取证 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>; the EXIF gives no offset from UTC</source>
      <translation>；EXIF 未记录与 UTC 的时差</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>; the posting time of {items} is worked out from a relative time</source>
      <translation>；其中 {items} 的发布时间系据相对时间推算</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>; time-stamp from {tsa}</source>
      <translation>；时间戳来自 {tsa}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>; {field}: {value}</source>
      <translation>；{field}：{value}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>A character the bundle's font cannot show is printed as [U+…], its Unicode code point; the attachment's name holds the character itself.</source>
      <translation>本证据包字体无法显示的字符以其 Unicode 码位 [U+…] 印出；附件名称中保留该字符本身。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>A file's own time-stamp token (.tsr) can also be checked with OpenSSL:</source>
      <translation>单个文件自带的时间戳令牌（.tsr）也可以用 OpenSSL 核验：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>A proxy was in effect ({proxy}): the page came through it.</source>
      <translation>取证时使用了代理（{proxy}）：页面经由该代理取得。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>A trusted time-stamp proves that the stamped data existed no later than the time in the stamp, and only once its authority's root is trusted. It does not prove when the content was first posted or who posted it: the capture record and the custody log speak to that.</source>
      <translation>可信时间戳只能证明被盖戳的数据不晚于时间戳所载时间已经存在，而且以该时间戳机构的根证书受到信任为前提。它不能证明内容最初何时发布、由谁发布；这一点应结合取证记录和保管日志判断。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>A working decision of the person named on how the case goes on, not a finding on the facts or the law.</source>
      <translation>这是上述人员对案件如何继续处理的工作意见，不是对事实或法律的认定。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Account name</source>
      <translation>账号昵称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Accounts</source>
      <translation>账号汇总</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Added as {category}</source>
      <translation>加入时的类别：{category}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Address</source>
      <translation>网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Addresses visited: {urls}.</source>
      <translation>访问过的地址：{urls}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Attachment, type</source>
      <translation>附件、类型</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Beside the reference figures</source>
      <translation>与参考标准对照</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Bundle {file} not written: {reason}</source>
      <translation>证据包 {file} 未生成：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Bundle {file}: {items} items, digitally signed (PAdES {level})</source>
      <translation>证据包 {file}：共 {items} 项证据，已加数字签名（PAdES {level}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>Bundle: {name}</source>
      <translation>证据包：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>By</source>
      <translation>审核人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/appendix.py" />
      <source>Capture environment</source>
      <translation>取证环境</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Captured</source>
      <translation>取证时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Captured / imported</source>
      <translation>取证/导入时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Captured by</source>
      <translation>取证人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Captured by {name}</source>
      <translation>取证人：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Captured by {operator}.</source>
      <translation>取证人：{operator}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Captured from this address by Evidence App's built-in browser: {url}</source>
      <translation>取证助手内置浏览器自以下网址截取：{url}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Case ID</source>
      <translation>案件 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Case package {file} from {subject}: {count} events taken over</source>
      <translation>收到 {subject} 发来的案件包 {file}：导入 {count} 条记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Case package {file}, signed by {subject}</source>
      <translation>案件包 {file}，由 {subject} 签名</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/catalogue_docx.py" />
      <source>Case: {title}</source>
      <translation>案件：{title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>Case: {title} ({id})</source>
      <translation>案件：{title}（{id}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Category: {old} → {new}</source>
      <translation>类别：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Check that root's fingerprint with the time-stamping authority itself (its website, or ask it), never only with this page. It must be:</source>
      <translation>请直接向时间戳机构本身（其官方网站，或直接询问该机构）核对该根证书的指纹，不要只以本页为准。指纹应为：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Claimant</source>
      <translation>原告/申请人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Comment</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Comment by {who}</source>
      <translation>{who}发布的评论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Comment on {platform}</source>
      <translation>{platform}上的评论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Compare the signer certificate's SHA-256 fingerprint with the one on the cover and with the one the owner gave you by another channel: {fingerprint}</source>
      <translation>将签名证书的 SHA-256 指纹与封面上的指纹、以及车主通过其他渠道提供给你的指纹相比对：{fingerprint}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Coordinated spreading</source>
      <translation>协同传播分析</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Counts are as the pages displayed them when captured. They are summed only per account, over that account's posts in the group posted within one year (the posts summed are named); they are never added up across different accounts.</source>
      <translation>各项数字均为取证时页面显示的数字。只按账号累计，且只累计该账号在本组中一年内发布的帖子（列出所累计的帖子编号）；不同账号的数字从不相加。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Cover</source>
      <translation>封面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Custody events of this item</source>
      <translation>本证据的保管记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Custody head {head}…</source>
      <translation>保管日志最新记录 {head}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Custody log</source>
      <translation>保管日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Custody log head (event {seq})</source>
      <translation>保管日志最新记录（第 {seq} 条）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Defendant</source>
      <translation>被告</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>EXIF camera: {device}.</source>
      <translation>EXIF 拍摄设备：{device}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>EXIF time taken {when} (the device's clock)</source>
      <translation>EXIF 拍摄时间 {when}（设备时钟）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>EXIF time taken: {when}, by the device's own clock; the EXIF gives no offset from UTC.</source>
      <translation>EXIF 拍摄时间：{when}（设备自身时钟）；EXIF 未记录与 UTC 的时差。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>EXIF time taken: {when}, offset {offset}, by the device's own clock.</source>
      <translation>EXIF 拍摄时间：{when}，时差 {offset}（设备自身时钟）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Each account the evidence names, by platform and account ID, with the nicknames it showed in the order they were captured (with the item).</source>
      <translation>证据中出现的每个账号，按平台和账号 ID 列出，并按取证先后列出其显示过的昵称（括号内为证据编号）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Each row is one event of the attached custody-log.json, where No. is its seq; hash and prev are the first 16 characters of its hash and prev_hash, and the details are its payload in words.</source>
      <translation>每行对应所附 custody-log.json 中的一条记录，“编号”即其 seq；hash 与 prev 为其 hash 和 prev_hash 的前 16 位，说明为其 payload 的文字表述。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Each token is an RFC 3161 time-stamp: the authority certifies that the file with this SHA-256 existed no later than the stamp time.</source>
      <translation>每个令牌均为 RFC 3161 时间戳：时间戳服务机构证明，具有该 SHA-256 值的文件不晚于时间戳时间即已存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Elements the page keeps fixed on screen (headers, banners) were hidden after the first strip, so that they are not repeated over the content; the first strip shows them where the page put them.</source>
      <translation>页面中固定在屏幕上的元素（页头、横幅等）在第一段之后被隐藏，以免在内容上重复出现；第一段中这些元素仍保持页面原有位置。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Environment check made by the app at capture:</source>
      <translation>本软件在取证时所作的环境检查：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Every action on this case, in order. Each event's hash covers its content and the previous event's hash, from 64 zeros to the head.</source>
      <translation>本案件的全部操作，按发生顺序排列。每条记录的哈希值涵盖其内容及上一条记录的哈希值，自 64 个 0 起直至最新记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Evidence bundle</source>
      <translation>证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/catalogue_docx.py" />
      <source>Evidence catalogue</source>
      <translation>证据目录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Evidence catalogue (证据目录)</source>
      <translation>证据目录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Evidence name</source>
      <translation>证据名称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Evidence of harm ({harm})</source>
      <translation>损害证据（{harm}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Evidence {number}</source>
      <translation>证据 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Exported at (by the exporting computer's clock)</source>
      <translation>导出时间（按导出电脑的本机时钟）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Figures the page displayed, as the owner typed them: {figures}; see the screenshot in {item}; not the actual counts.</source>
      <translation>车主录入的页面显示数值：{figures}；见 {item} 截图；不代表实际次数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>File provided by the {who} (original file name: {file})</source>
      <translation>{who}提供的文件（原文件名：{file}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>File time (last modified, as the file system reported it): {when}.</source>
      <translation>文件时间（最后修改时间，取自文件系统记录）：{when}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>File time / time taken</source>
      <translation>文件时间/拍摄时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Files (attached to this PDF)</source>
      <translation>文件（已作为附件嵌入本 PDF）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>First / last posted</source>
      <translation>首次/最后发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>For each account (same platform and account ID), the highest sum of the displayed counts of its posts posted within any one year. Posts more than a year apart are not added up; different accounts are never added together; posts without an account ID are not summed (a nickname identifies nobody).</source>
      <translation>对每个账号（同一平台、同一账号 ID），列出其在任意一年期间内所发帖子页面显示数值之和的最高值。发布时间相隔一年以上的帖子不累计；不同账号的数值绝不相加；未记录账号 ID 的帖子不累计（仅凭昵称无法确定发布人）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/appendix.py" />
      <source>For each capture made by the app: the way to the server as the app checked it, the software, and who captured it. The complete record the app wrote at capture is attached as a JSON file, named below, for an expert to read.</source>
      <translation>对本软件进行的每次取证：本软件检查到的连接服务器的途径、所用软件及取证人。取证时记录的完整原始数据以 JSON 文件形式附于本 PDF（文件名见下），供专业人员查阅。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>For the whole page the app scrolled from top to bottom in {strips} steps and joined the strips into one image of {width}×{height} pixels, without changing their pixels.</source>
      <translation>为截取整个页面，本软件自上而下分 {strips} 段滚动截取，并将各段拼接为一张 {width}×{height} 像素的图像，未改动任何像素。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Form of evidence</source>
      <translation>证据形式</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Gap capture → stamp</source>
      <translation>取证至加盖时间戳的间隔</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Gap import → stamp</source>
      <translation>导入至加盖时间戳的间隔</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Group {n}: {size} posts by {accounts} accounts</source>
      <translation>第 {n} 组：{accounts} 个账号发布的 {size} 条帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Highest one-year sum</source>
      <translation>一年内合计最高值</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Home page</source>
      <translation>主页截图</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Home page of a {platform} account</source>
      <translation>{platform}账号主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Home page of {platform} account ({kind} {id})</source>
      <translation>{platform}账号（{kind} {id}）主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Home page of {platform} account ({kind} {id}, nickname “{name}” when captured)</source>
      <translation>{platform}账号（{kind} {id}，取证时昵称“{name}”）主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Home page of {platform} account “{name}”</source>
      <translation>{platform}账号“{name}”主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>How this item was captured (取证说明)</source>
      <translation>取证说明</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>How to verify</source>
      <translation>验证方法</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>How to verify, in short</source>
      <translation>验证方法（简要）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Imported</source>
      <translation>导入时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Imported by</source>
      <translation>导入人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Imported by {operator}.</source>
      <translation>导入人：{operator}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Imported {when}</source>
      <translation>导入时间 {when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. The signature by {signer} must be shown as valid, and the document as not modified since it was signed (a later document time-stamp is allowed). The reader may call the signer's identity unknown: the certificate is made by the app itself (see below).</source>
      <translation>在 Adobe Acrobat Reader、福昕阅读器（Foxit Reader）或 WPS Office 中打开签名面板。{signer}的签名应显示为有效，且文档自签名后未被修改（其后加盖的文档时间戳属于允许的更新）。阅读器可能提示签名人身份未知：这是因为该证书由本软件自行生成（见下文）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. The signature by {signer} must be shown as valid, and the document as not modified since it was signed. The reader may call the signer's identity unknown: the certificate is made by the app itself (see below).</source>
      <translation>在 Adobe Acrobat Reader、福昕阅读器（Foxit Reader）或 WPS Office 中打开签名面板。{signer}的签名应显示为有效，且文档自签名后未被修改。阅读器可能提示签名人身份未知：这是因为该证书由本软件自行生成（见下文）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Intact (checked up to {hash}…)</source>
      <translation>完好（已核验至 {hash}…）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Item</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Item ID</source>
      <translation>证据 ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Items (posts, comments, messages)</source>
      <translation>相关证据（帖子、评论、私信等）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Items in order of posting time, as the owner typed it or the page showed it and as read by the app; a relative time (“3小时前”) is worked out from the capture time (for an imported screenshot: from the observation time the owner typed, else its EXIF time taken) and marked. Items without a readable posting time come last.</source>
      <translation>按发布时间排序：发布时间为车主填写或页面显示的时间，由本软件识别；相对时间（如“3小时前”）按取证时间推算（导入的截图按车主填写的观察时间推算，未填写的按截图 EXIF 拍摄时间推算），并予注明。无法识别发布时间的证据排在最后。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>JPEG data placed unchanged</source>
      <translation>JPEG 数据原样嵌入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Material from {platform}</source>
      <translation>{platform}相关材料</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Missing evidence</source>
      <translation>缺失证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Nicknames seen</source>
      <translation>显示过的昵称</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/appendix.py" />
      <source>No capture in this case recorded its environment (imported files only).</source>
      <translation>本案件中没有任何取证记录了取证环境（仅有导入的文件）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>No item names an account ID.</source>
      <translation>没有证据记录账号 ID。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>No item records view or repost counts.</source>
      <translation>没有证据记录浏览量或转发数。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>No missing evidence was listed when this bundle was exported.</source>
      <translation>导出本证据包时未列出缺失证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>No observation time: not compared, not summed.</source>
      <translation>无观察时间：不作比较，不计入合计。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>No post names an account ID.</source>
      <translation>没有帖子记录账号 ID。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>No proxy was in effect for this address.</source>
      <translation>取证时该地址未使用代理。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>No screening verdict given.</source>
      <translation>尚未作出筛查结论。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>No time-stamping authority was used for this signature: the signing time comes from the signer's computer clock and proves nothing by itself.</source>
      <translation>本签名未使用时间戳服务机构(TSA)：签名时间取自签名人的计算机时钟，其本身不具有证明力。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>No trusted time-stamp: the capture time above comes from the capturing computer's clock.</source>
      <translation>无可信时间戳：上述取证时间取自取证所用计算机的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>No trusted time-stamp: the import time above comes from this computer's clock.</source>
      <translation>无可信时间戳：上述导入时间取自本计算机的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>No. (序号)</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>No. is the event's seq in the attached custody-log.json; hash and prev are the first 16 characters of its hash and prev_hash.</source>
      <translation>“编号”即所附 custody-log.json 中记录的 seq；hash 与 prev 为其 hash 和 prev_hash 的前 16 位。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Not filled in: {fields}</source>
      <translation>未填写：{fields}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/appendix.py" />
      <source>Not readable as JSON here; see the attached file.</source>
      <translation>此处无法按 JSON 读取；请查阅所附文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Not summed (no observation or posting time): {items}</source>
      <translation>未计入合计（无观察时间或发布时间）：{items}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>Note for the lawyer: what the evidence guide still asks for</source>
      <translation>致律师：证据指引尚缺的内容</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Number of evidence items</source>
      <translation>证据数量</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Observed at</source>
      <translation>查看时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Open the signature panel of Adobe Reader, Foxit or WPS: the signature must be valid and cover the whole document. Or run: evidence-app verify THIS.pdf. Every original file is attached to this PDF; its SHA-256 is listed in the item's section and in manifest.json. Details on the last pages.</source>
      <translation>在 Adobe Reader、Foxit 或 WPS 中打开签名面板：签名应有效且覆盖整个文档。也可运行：evidence-app verify THIS.pdf。所有原始文件均已作为附件嵌入本 PDF，其 SHA-256 载于该证据章节及 manifest.json 中。详见最后几页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>OpenSSL prints the fingerprint of the saved file with:</source>
      <translation>用 OpenSSL 可显示所保存文件的指纹：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Operator</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Operators</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Original file name: {name}.</source>
      <translation>原始文件名：{name}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>Owner's contact (for the lawyer)</source>
      <translation>车主联系方式（供律师联系）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>PDF file</source>
      <translation>PDF文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>PNG data placed unchanged</source>
      <translation>PNG 数据原样嵌入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Page “{title}”</source>
      <translation>网页“{title}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Pages</source>
      <translation>页码</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Parties are called</source>
      <translation>当事人称谓</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Per account within one year (art. 4 reference)</source>
      <translation>按账号一年内累计（第四条参考）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Per post (art. 2 reference)</source>
      <translation>按帖子（第二条参考）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Period covered (capture and import times, by the computer's clock)</source>
      <translation>涵盖期间（取证/导入时间，按电脑本机时钟）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Photo or scan provided by the {who} (original file name: {file})</source>
      <translation>{who}提供的照片或扫描件（原文件名：{file}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Plaintiff</source>
      <translation>原告</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Post by {who}</source>
      <translation>{who}发布的帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Post on {platform}</source>
      <translation>{platform}上的帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Posted</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Posting period (as typed by the owner or shown on the page)</source>
      <translation>帖子发布期间（车主填写或页面显示）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Posting times the pages show: from {first} to {last}.</source>
      <translation>页面显示的发布时间：{first} 至 {last}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Posts</source>
      <translation>帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Posts in this group</source>
      <translation>本组帖子数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Private message from {who}</source>
      <translation>{who}发送的私信</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Private message on {platform}</source>
      <translation>{platform}私信</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Reach as the pages displayed it</source>
      <translation>传播情况（页面显示数值）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Receipt from {who} for {file}, received {when}</source>
      <translation>{who} 出具的 {file} 签收回执，签收时间 {when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Record of the report (ticket {ticket})</source>
      <translation>举报记录（举报工单号 {ticket}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Record of the report to {platform} (ticket {ticket})</source>
      <translation>向{platform}举报的记录（举报工单号 {ticket}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Reference figures: under art. 2 of {law}, defamation is deemed “serious” (情节严重) when the same defamatory information is actually viewed 5,000 times or more, or actually reposted 500 times or more; under art. 4, the counts of one person's repeated acts of online defamation within one year that have not been dealt with (未经处理) are added up.</source>
      <translation>参考标准：{law}第二条规定，同一诽谤信息实际被点击、浏览次数达到五千次以上，或者被转发次数达到五百次以上的，应当认定为“情节严重”；第四条规定，一年内多次实施利用信息网络诽谤他人行为未经处理，诽谤信息实际被点击、浏览、转发次数累计计算。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Reposts</source>
      <translation>转发</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Reposts displayed</source>
      <translation>页面显示转发数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Reposts shown, one year</source>
      <translation>页面显示转发数（一年内）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Respondent</source>
      <translation>被告/被申请人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Respondent (application)</source>
      <translation>被申请人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Run this command in the folder where this PDF is. It checks the signature, every attachment against manifest.json and the custody log, and must end with VALID (exit code 0):</source>
      <translation>在本 PDF 所在的文件夹中运行以下命令。它会核验签名，并将每个附件与 manifest.json 及保管日志逐一核对；结果最后一行应为“有效”（VALID，退出码 0）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Save the time-stamping authority's root certificate attached to this PDF (the paperclip panel of the reader, or poppler's pdfdetach), in the folder where this PDF is:</source>
      <translation>将本 PDF 附带的时间戳机构根证书保存到本 PDF 所在的文件夹（使用阅读器的附件（回形针）面板，或 poppler 的 pdfdetach）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Screen recording by {name}</source>
      <translation>录屏人：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Screening verdict</source>
      <translation>筛查结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Screenshot provided by the {who} (original file name: {file})</source>
      <translation>{who}提供的截图（原文件名：{file}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>Search results page</source>
      <translation>搜索结果页面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Signature level</source>
      <translation>签名级别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Signed with a PAdES signature; a document time-stamp by {tsa} is attached. Once that authority's root certificate has been checked and trusted, the stamp shows that the bundle existed no later than the stamp's time (see the last page).</source>
      <translation>本证据包采用 PAdES 签名，并附有 {tsa} 出具的文档时间戳。该机构的根证书经核对并予以信任后，该时间戳可表明本证据包不晚于时间戳所载时间已经存在（见最后一页）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Signer</source>
      <translation>签名人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>Signer certificate SHA-256 fingerprint</source>
      <translation>签名证书 SHA-256 指纹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>Software: Evidence App {version}</source>
      <translation>软件：取证助手 Evidence App {version}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Some programs change emoji or other rare characters in an attachment's file name when saving it; the content, and so its SHA-256, stays the same.</source>
      <translation>部分软件在保存附件时会改动文件名中的表情符号或其他生僻字符；文件内容不变，其 SHA-256 也不变。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Stamp time</source>
      <translation>时间戳时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Stamped file</source>
      <translation>加盖时间戳的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>Still missing:</source>
      <translation>尚缺：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/catalogue_docx.py" />
      <source>Submitted by: {blank}    Date submitted: {blank}</source>
      <translation>提交人：{blank}    提交日期：{blank}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>Suggestions (not required):</source>
      <translation>建议（非必需）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Text as the first post shows it: {sample}</source>
      <translation>第一条帖子显示的内容：{sample}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The app recorded the screen as a video while the owner went to the content, so that the way there (from the platform's home or search page) and the live page can be seen. The navigation log, written by the app as the recording ran, lists the addresses visited in order.</source>
      <translation>车主前往相关内容的过程中，本软件对屏幕进行了录像，以显示到达该内容的途径（从平台首页或搜索页开始）以及页面当时在线。导航日志由本软件在录制过程中同步写入，按顺序列出访问过的地址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The app stored: {parts}.</source>
      <translation>本软件保存了：{parts}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The app took a screenshot of {what} of the computer it runs on. The picture shows the pixels on screen at that moment; where the content came from shows only as far as the picture shows it (address bar, clock).</source>
      <translation>本软件对所在计算机的{what}进行了截图。图片显示的是当时屏幕上的像素；内容的来源仅以图片中可见的信息（地址栏、时钟）为限。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The app's own windows were hidden for the screenshot.</source>
      <translation>截图时本软件已隐藏自身窗口。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The browser identified itself as: {agent}.</source>
      <translation>浏览器的标识（User-Agent）为：{agent}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The browser window showed {width}×{height} CSS pixels of the page.</source>
      <translation>浏览器窗口显示了页面的 {width}×{height} CSS 像素。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The capture ran from {start} to {finish}, by the computer's clock.</source>
      <translation>取证自 {start} 开始，至 {finish} 结束（以计算机时钟为准）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The capture record holds no check of the way to the server.</source>
      <translation>取证记录中没有对连接服务器途径的检查。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>The case</source>
      <translation>案件情况</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>The certificate is made by the app itself, not issued by a licensed electronic certification service provider. The signature is therefore not a “reliable electronic signature” under the Electronic Signature Law of the PRC; it identifies the exporter only by the fingerprint, which you compare with the one the owner gave you.</source>
      <translation>该证书由本软件自行生成，并非依法设立的电子认证服务机构签发。因此，该签名不属于《中华人民共和国电子签名法》所称的“可靠的电子签名”；它只能通过指纹识别导出人，请将指纹与车主提供给你的指纹相比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>The command evidence-app below is Evidence App {version}'s own checker: it is installed with the app's installer, or on any computer with Python 3.11 by: pip install evidence-app=={version}. Its last line reads 有效 when it runs in Chinese, VALID when it runs in English.</source>
      <translation>下文的 evidence-app 命令是取证助手 {version} 自带的核验程序：随本软件安装程序一并安装，也可在任何装有 Python 3.11 的计算机上用以下命令安装：pip install evidence-app=={version}。核验通过时，其最后一行在中文环境下为“有效”，在英文环境下为“VALID”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The computer's hosts file has no entry for {host}.</source>
      <translation>计算机的 hosts 文件中没有 {host} 的条目。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The computer's hosts file maps {host} to {addresses}: the page came from there rather than from public DNS.</source>
      <translation>计算机的 hosts 文件将 {host} 指向 {addresses}：页面取自该地址，而非公共 DNS 解析的地址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>The figures below are what the pages displayed at the time they were observed, as read and typed in by the owner; the platform's actual figures can only come from the platform. Whether the conduct is “serious” (情节严重) or meets any other legal standard is for the court to decide.</source>
      <translation>下列数值为页面在观察时所显示的数值，由车主查看并录入；平台的实际数据只能由平台提供。是否构成“情节严重”或符合其他法律标准，由法院认定。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>The last event's full hash (the head): {head}</source>
      <translation>最新记录的完整哈希值：{head}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The name {host} resolved to {addresses}.</source>
      <translation>域名 {host} 解析为 {addresses}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>The owner has not written an account yet.</source>
      <translation>车主尚未填写事情经过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The page was an error page, captured deliberately as it was shown.</source>
      <translation>该页面为错误页面，按其显示内容有意保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The page was loaded from the addresses the name lookup returned.</source>
      <translation>页面取自域名解析所得的地址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The page {url} was opened in the app's own browser (the Chromium engine of QtWebEngine) and captured by the app, not by hand.</source>
      <translation>页面 {url} 在本软件内置浏览器（QtWebEngine 的 Chromium 内核）中打开，由本软件自动截取，而非手工截图。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The picture carries no EXIF data (phone screenshots usually carry none).</source>
      <translation>该图片不含 EXIF 信息（手机截屏通常没有 EXIF）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/catalogue_docx.py" />
      <source>The rows are those of the evidence catalogue in the signed bundle {file}; the page numbers are that PDF's. The signed PDF is the evidence; this file is for editing.</source>
      <translation>本表各行与已签名证据包“{file}”中的证据目录一致，页码为该 PDF 的页码。作为证据提交的是已签名的 PDF，本文件仅供编辑使用。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The server answered with HTTP status {status}.</source>
      <translation>服务器返回的 HTTP 状态码为 {status}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The server forwarded it to {url}.</source>
      <translation>服务器将其跳转至 {url}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The server's certificate ({subject}) was checked against the certificate authorities this computer trusts, and accepted; the chain is in the attached record.</source>
      <translation>服务器证书（{subject}）经本计算机信任的证书颁发机构验证通过；证书链见所附原始记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The server's certificate could not be fetched again: {error}.</source>
      <translation>无法再次获取服务器证书：{error}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The server's certificate was not accepted by the certificate authorities this computer trusts: {detail}.</source>
      <translation>服务器证书未通过本计算机信任的证书颁发机构验证：{detail}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>The time-stamping authority did not send its root certificate. Get it from the authority, check its fingerprint with the authority, save it as ROOT.pem beside this PDF and run (it must end with VALID, exit code 0):</source>
      <translation>时间戳机构未提供其根证书。请向该机构索取根证书，并向该机构核对其指纹，将其保存为与本 PDF 同一文件夹下的 ROOT.pem，然后运行以下命令（结果最后一行应为“有效”，退出码 0）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/tsa_chain.py" />
      <source>The time-stamping authority's certificate chain, as it returned it</source>
      <translation>时间戳服务机构返回的证书链</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/tsa_chain.py" />
      <source>The time-stamping authority's root certificate (check its fingerprint)</source>
      <translation>时间戳服务机构的根证书（请核对其指纹）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>The visit</source>
      <translation>访问过程</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>The whole page fitted in the window: the app took it in one piece, an image of {width}×{height} pixels, without changing its pixels.</source>
      <translation>整个页面在窗口内一屏即可显示完整：本软件一次截取，得到一张 {width}×{height} 像素的图像，未改动任何像素。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>Then run this command in that folder. It checks the signature, the time-stamps against that root, every attachment against manifest.json and the custody log, and must end with VALID (exit code 0):</source>
      <translation>然后在该文件夹中运行以下命令。它会核验签名，用该根证书核验各时间戳，并将每个附件与 manifest.json 及保管日志逐一核对；结果最后一行应为“有效”（VALID，退出码 0）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>These are reference figures of criminal law (the offence of defamation); a civil claim for infringement of the right of reputation (名誉权) does not require them.</source>
      <translation>上述数值是刑法上（诽谤罪）的参考标准；民事名誉权纠纷不以达到上述数值为要件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>These groups list posts whose texts, as the captured pages show them, are near-identical: the same text with small changes (punctuation, emoji, a word or two, a repost mark). The app compared the post texts it extracted from the stored pages; this describes what the pages show and is not a finding about who wrote them or why.</source>
      <translation>以下各组列出的帖子，按所取证页面显示的内容几乎相同：同一段文字只有细小改动（标点、表情、一两个词、转发标记）。本软件比较的是从已保存页面中提取的帖子正文；这里描述的是页面显示的内容，不是对作者身份或动机的认定。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>These time-stamping authorities could not be reached: {urls}</source>
      <translation>以下时间戳服务机构无法连接：{urls}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>This bundle carries no trusted time-stamp: its capture, import, custody and export times come from the clock of the computer that recorded them and prove nothing on their own; posting times are as the owner typed them or the page showed them.</source>
      <translation>本证据包未加盖可信时间戳：其中的取证、导入、保管记录及导出时间均取自记录时所用计算机的时钟，本身不具有证明力；发布时间为车主填写或页面显示的时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>This file was made outside the app (for example a screenshot on a phone) and imported into it on {when}. The app's guarantee starts at import: from then on the file is kept unchanged and every step is in the custody log. What happened to the file before import the app cannot show.</source>
      <translation>该文件在本软件之外生成（例如手机截屏），于 {when} 导入本软件。本软件的保障自导入时开始：此后文件保持不变，每一步操作均记入保管日志。导入之前文件经历了什么，本软件无法证明。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>This item is the recapture of {number}, as a reviewer asked.</source>
      <translation>本证据系应审核人要求，对 {number} 重新取证所得。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/note.py" />
      <source>This note is not part of the signed bundle and is not signed. It lists what the app's evidence guide still asked of the case when the bundle was exported.</source>
      <translation>本说明不属于已签名的证据包，也未经签名。它列出导出证据包时本软件的证据指引认为本案仍缺少的内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <location filename="../../evidence_app/core/events.py" />
      <source>Time zone of the case</source>
      <translation>案件时区</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Time-stamping authority</source>
      <translation>时间戳服务机构</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/layout.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>Times are shown in the case's time zone {zone} with the offset from UTC (+08:00 is eight hours ahead of UTC), and again in UTC in brackets. Times read from a clock (capture, custody, export, trusted time-stamps) are given to the second; times the owner typed or a page displayed are given only as precisely as they were written (“21:14” to the minute, a date alone as the day, “3小时前” as about that hour); custody-log.json and manifest.json hold them in UTC to the microsecond. Capture and custody times come from the capturing computer's clock; only a trusted time-stamp proves a time.</source>
      <translation>时间按本案时区 {zone} 显示，先列当地时间及其与 UTC 的时差（+08:00 表示比 UTC 快八小时），括号内为对应的 UTC 时间。取自时钟的时间（取证、保管记录、导出及可信时间戳的时间）精确到秒；车主手工填写或页面显示的时间，只按其原有的精确程度列示（“21:14”精确到分钟，仅有日期的只列日期，“3小时前”列为该小时前后）；custody-log.json 与 manifest.json 以 UTC 记录，精确到微秒。取证时间和保管记录时间取自取证所用计算机的时钟；只有可信时间戳能够证明时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Title: {title}</source>
      <translation>标题：{title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>To check one original by hand, save the attachment (the paperclip panel) and hash it: Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256; macOS: shasum -a 256 FILE. The result must equal the SHA-256 printed in the item's section and in manifest.json.</source>
      <translation>如需手工核对某个原始文件，请先保存该附件（附件（回形针）面板），再计算其哈希值：Linux：sha256sum 文件名；Windows：certutil -hashfile 文件名 SHA256；macOS：shasum -a 256 文件名。计算结果应与该证据章节及 manifest.json 中所列的 SHA-256 一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Token (attachment)</source>
      <translation>时间戳令牌（附件）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Trusted time</source>
      <translation>可信时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Views</source>
      <translation>浏览量</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Views displayed</source>
      <translation>页面显示浏览数</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>Views shown, one year</source>
      <translation>页面显示浏览数（一年内）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>What happened</source>
      <translation>事件经过</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>What happened, in the owner's words</source>
      <translation>事情经过（车主自述）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/events.py" />
      <source>What happened; hash chain</source>
      <translation>操作内容；哈希链</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>What it is</source>
      <translation>文件说明</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>What the signature proves, and what it does not</source>
      <translation>签名能证明什么，不能证明什么</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>When the signature is valid, it proves two things: that nothing in this file has changed since it was signed at export, and that it was signed with the key whose certificate has the fingerprint above (not who holds that key).</source>
      <translation>签名有效时，可证明两点：本文件自导出时签名以来未被改动；签名所用的密钥，是证书指纹为上述值的那把密钥（但不能证明该密钥由谁持有）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>When the window was captured its address bar read {address}, the address of the page shown.</source>
      <translation>截取窗口时，地址栏显示为 {address}，即所显示页面的地址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>When this bundle was exported, the app's evidence guide listed these gaps in it (quoted as the guide words them for the owner):</source>
      <translation>导出本证据包时，本软件的取证指引列出了以下缺漏（按指引对车主的提示原文照录）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Where a purpose (证明目的) in this bundle speaks of a party, it means the party named here.</source>
      <translation>本证据包中证明目的所称的当事人，即指此处列明的当事人。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>Withdrawn items ({items}) are left out, as in the catalogue; their pages and the custody log still show them.</source>
      <translation>已撤回的证据（{items}）与证据目录一样不予列入；其证据章节和保管日志中仍保留相关记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>Withdrawn: {reason}</source>
      <translation>已撤回：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/case.py" />
      <source>Written by the owner; printed in full as recorded in the case (its custody log holds every change).</source>
      <translation>由车主本人撰写；按案件记录完整印出（每次修改均记入保管日志）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>a region the owner marked</source>
      <translation>车主选定的区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>about {time}</source>
      <translation>约 {time}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>an MHTML archive of the page</source>
      <translation>页面的 MHTML 存档</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>applicant and respondent</source>
      <translation>申请人与被申请人</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>as written: “{text}”</source>
      <translation>原文：“{text}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>audio recording</source>
      <translation>录音</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>by {who}, {when}</source>
      <translation>由 {who} 于 {when} 作出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>captured again, as a reviewer asked</source>
      <translation>应审核人员要求重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>file</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>file modified {when} (as the file system reported it)</source>
      <translation>文件修改时间 {when}（取自文件系统记录）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>files</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>listed last, by capture or import time</source>
      <translation>排在最后（按取证/导入时间排列）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>no posting time given</source>
      <translation>未填写发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>no posting time given: listed last, by capture time</source>
      <translation>未填写发布时间：按取证时间排在最后</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>none captured</source>
      <translation>未取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>not shown</source>
      <translation>页面未显示</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>observation time not filled in: the screenshot's EXIF time (the device's clock)</source>
      <translation>观察时间未填写，按截图 EXIF 时间（设备时钟）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>of this computer</source>
      <translation>（本计算机所在时区）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>one window</source>
      <translation>一个窗口</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>open: not yet recaptured</source>
      <translation>待处理：尚未重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>part {part} of {parts}, pixel rows {first}–{last}</source>
      <translation>第 {part}/{parts} 部分，像素行 {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>photo or scan</source>
      <translation>照片或扫描件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>plaintiff and defendant</source>
      <translation>原告与被告</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>policy {policy}</source>
      <translation>策略 {policy}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/howto.py" />
      <source>poppler's pdfsig shows the document time-stamp's “Signing Time” as 1970: that time is inside the time-stamp token, which pdfsig does not read. evidence-app verify prints it; a token saved as a file is read with:</source>
      <translation>poppler 的 pdfsig 会把文档时间戳的“Signing Time”显示为 1970 年：该时间记载在时间戳令牌内部，pdfsig 并不读取。evidence-app verify 会显示该时间；另存为文件的令牌可用以下命令查看：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>re-encoded without loss (identical pixels)</source>
      <translation>无损重新编码（像素完全一致）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>recaptured as {number}</source>
      <translation>已重新取证，见 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>recording and log of the addresses visited</source>
      <translation>录像及访问地址记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>reposts {count} (reference figure {n:,})</source>
      <translation>转发 {count}（参考数值 {n:,}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>saved copies of the web page</source>
      <translation>网页存档文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>screen recording</source>
      <translation>录屏</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>screenshot</source>
      <translation>截图</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>screenshots</source>
      <translation>截图</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>screenshots and saved copies of the web page</source>
      <translation>截图及网页存档文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>serial number {serial}</source>
      <translation>序列号 {serial}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>taken {when} (EXIF, the device's own clock)</source>
      <translation>拍摄时间 {when}（EXIF，设备自身时钟）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>the browser window with its address bar and the computer's clock</source>
      <translation>带地址栏和计算机时钟的浏览器窗口</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>the page's HTML as the browser held it</source>
      <translation>浏览器中的页面 HTML</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>the part of the page visible in the window</source>
      <translation>窗口中可见的页面部分</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>the time-stamping authority at {url}</source>
      <translation>时间戳服务机构（{url}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>the whole page as one image</source>
      <translation>整个页面（拼接为一张图像）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/method.py" />
      <source>the whole screen</source>
      <translation>整个屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>video file</source>
      <translation>视频文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>views {count} (reference figure {n:,})</source>
      <translation>浏览 {count}（参考数值 {n:,}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>worked out from “{text}” against the capture time</source>
      <translation>根据页面显示的“{text}”按取证时间推算</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>worked out from “{text}” against the observation time the owner typed</source>
      <translation>根据页面显示的“{text}”按车主填写的观察时间推算</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>worked out from “{text}” against the screenshot's EXIF time taken (the device's own clock)</source>
      <translation>根据页面显示的“{text}”按截图 EXIF 拍摄时间（设备自身时钟）推算</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>{count} bytes</source>
      <translation>{count} 字节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>{count} items</source>
      <translation>{count} 项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{count} problems found</source>
      <translation>发现 {count} 个问题</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>{count}: nothing to add up</source>
      <translation>{count}：无可累计的数值</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>{count}: {total} ({items}; posted {span})</source>
      <translation>{count}：{total}（{items}；发布于 {span}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>{date} (the day only; no time of day given)</source>
      <translation>{date}（仅有日期，未给出具体时刻）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{duration} after capture</source>
      <translation>取证后 {duration}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{duration} after import</source>
      <translation>导入后 {duration}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{duration} before the recorded capture time (the capturing computer's clock was ahead)</source>
      <translation>早于记录的取证时间 {duration}（取证所用计算机的时钟偏快）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{duration} before the recorded import time (this computer's clock was ahead)</source>
      <translation>早于记录的导入时间 {duration}（本计算机时钟偏快）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>{first} to {last}</source>
      <translation>{first} 至 {last}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{name} ({detail})</source>
      <translation>{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{name} {time}</source>
      <translation>{name}{time}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{number} as {category}</source>
      <translation>{number}，类别：{category}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{n} d</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{n} h</source>
      <translation>{n} 小时</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{n} min</source>
      <translation>{n} 分</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{n} s</source>
      <translation>{n} 秒</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{platform} page “{title}”</source>
      <translation>{platform}网页“{title}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{platform} search results page</source>
      <translation>{platform}搜索结果页面</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{platform} user ({kind} {id})</source>
      <translation>{platform}用户（{kind} {id}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{platform} user “{name}”</source>
      <translation>{platform}用户“{name}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{platform} user “{name}” ({kind} {id})</source>
      <translation>{platform}用户“{name}”（{kind} {id}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/cover.py" />
      <source>{reviewed} items reviewed; {open} open recapture requests ({done} recaptured).</source>
      <translation>已审核证据 {reviewed} 项；待处理的重新取证请求 {open} 项（已重新取证 {done} 项）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>{role} for “{name}”</source>
      <translation>“{name}”的{role}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/items.py" />
      <source>{role}: {name}</source>
      <translation>{role}：{name}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{role}: {name}, stamped by {tsa} at {time}, {gap}</source>
      <translation>{role}：{name}，由 {tsa} 于 {time} 加盖时间戳，{gap}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>{role}: {name}, {size}, SHA-256 {sha256}…</source>
      <translation>{role}：{name}，{size}，SHA-256 {sha256}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{subject}: {form}</source>
      <translation>{subject}{form}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/court_name.py" />
      <source>{text} “{title}”</source>
      <translation>{text}“{title}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/campaign.py" />
      <source>{total:,} ({items})</source>
      <translation>{total:,}（{items}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/base.py" />
      <source>“{text}” as the page showed it: cannot be worked out (an imported file with neither an observation time nor an EXIF time taken to count back from)</source>
      <translation>页面显示“{text}”：无法推算（导入的文件既无观察时间，也无 EXIF 拍摄时间可供推算）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/pages/summaries.py" />
      <source>“{text}” could not be read as a time: listed last</source>
      <translation>“{text}”无法识别为时间：排在最后</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>Accounts:</source>
      <translation>账号：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>Brought “{title}” up to date: {events} new custody events, all checked.</source>
      <translation>已将“{title}”更新至最新：新增 {events} 条保管记录，均已核验。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Car: {value}</source>
      <translation>车辆：{value}</translation>
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
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Claimant: {value}</source>
      <translation>原告/申请人：{value}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>Collect court-ready evidence of online attacks and hand it over as one signed PDF.</source>
      <translation>收集可提交法庭的网络攻击证据，并整理为一份已签名的 PDF 交付。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Contact: {value}</source>
      <translation>联系方式：{value}</translation>
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
      <source>Editable evidence catalogue (Word): {path}</source>
      <translation>可编辑的证据目录（Word）：{path}</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>Group {n}: {size} posts by {accounts} accounts</source>
      <translation>第 {n} 组：{accounts} 个账号发布的 {size} 条帖子</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>Posted (as the pages show): {first} – {last}</source>
      <translation>发布时间（以页面显示为准）：{first} 至 {last}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Respondent: {value}</source>
      <translation>被告/被申请人：{value}</translation>
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
      <source>Signed at</source>
      <translation>签名时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Signed at (the signer's clock): {time}</source>
      <translation>签名时间（签名人电脑时钟）：{time}</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>Text: {sample}</source>
      <translation>内容：{sample}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>The captured pages show no text posted more than once.</source>
      <translation>已取证的页面中没有发现重复发布的内容。</translation>
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
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Time zone: {value}</source>
      <translation>时区：{value}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Time-stamp</source>
      <translation>时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Time-stamp: {time} by {tsa} (its authority is NOT trusted here)</source>
      <translation>时间戳：{time}，由 {tsa} 签发（该时间戳机构在本机不受信任）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Time-stamp: {time} by {tsa} (its authority is trusted)</source>
      <translation>时间戳：{time}，由 {tsa} 签发（该时间戳机构受信任）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>UNTRUSTED</source>
      <translation>未受信任</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>UNTRUSTED: the bundle is intact, but its time-stamps prove no time until you trust their authority (see above).</source>
      <translation>未受信任：证据包完好无损，但在你信任其时间戳机构之前，这些时间戳不能证明任何时间（见上文）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Unsigned note for the lawyer (missing evidence): {path}</source>
      <translation>给律师的未签名说明（缺少的证据）：{path}</translation>
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
      <location filename="../../evidence_app/commands/trust.py" />
      <source>Valid from {start} to {end}</source>
      <translation>有效期：{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>a rectangle of the screen</source>
      <translation>屏幕上的一个矩形区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>about {time}</source>
      <translation>约 {time}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>account not known</source>
      <translation>账号不详</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <location filename="../../evidence_app/commands/cases.py" />
      <source>add evidence to a case</source>
      <translation>向案件添加证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>also trust time-stamping authorities that chain to a public root of the certifi CA bundle</source>
      <translation>同时信任可追溯到 certifi CA 证书包中公共根证书的时间戳机构</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>also write a signed receipt for the sender</source>
      <translation>同时为发送方生成已签名的回执</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>also write one row per grouped post</source>
      <translation>另存为表格，每条归组的帖子一行</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>capture a 4xx/5xx error page deliberately (its status is recorded)</source>
      <translation>有意截取 4xx/5xx 错误页面（会记录其状态码）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>capture a list of web addresses (one per line; - reads them from standard input)</source>
      <translation>批量取证一组网址（每行一个；用 - 从标准输入读取）</translation>
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
      <location filename="../../evidence_app/commands/cases.py" />
      <source>change a case's title, story, time zone, car, contact or parties</source>
      <translation>修改案件的名称、事情经过、时区、车辆、联系方式或当事人</translation>
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
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>failed {url}: {reason}</source>
      <translation>failed {url}: {reason}</translation>
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
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>give up on a page that has not loaded after this many seconds</source>
      <translation>页面超过这么多秒仍未加载完成就放弃</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/capture.py" />
      <source>give up when the page has not loaded after this many seconds</source>
      <translation>网页超过此秒数仍未加载完成则放弃</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>groups of near-identical post texts in a case, and the accounts behind them</source>
      <translation>找出案件中内容几乎相同的帖子，以及发布它们的账号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>how the parties are called: 原告/被告 or 申请人/被申请人</source>
      <translation>当事人称谓：原告/被告（litigation）或申请人/被申请人（application）</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>items {items}</source>
      <translation>证据 {items}</translation>
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
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>line {line} repeats {url}; it is captured once.</source>
      <translation>第 {line} 行重复了 {url}；只取证一次。</translation>
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
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>pages loading at the same time (default 2; one per site at most)</source>
      <translation>同时加载的页面数（默认 2；同一网站同时最多一个）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>phone or e-mail for the lawyer</source>
      <translation>供律师联系的电话或邮箱</translation>
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
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>rest between two pages of the same site (default 1 second)</source>
      <translation>同一网站两个页面之间的间隔秒数（默认 1 秒）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/handoff.py" />
      <source>review marks and the screening verdict (support, lawyer)</source>
      <translation>审核标记和筛查结论（客服人员、律师）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>root of a time-stamping authority to trust (or the signer's certificate you expect); repeatable</source>
      <translation>要信任的时间戳机构根证书（或你预期的签名人证书）；可重复使用</translation>
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
      <source>the car the case is about</source>
      <translation>案件涉及的车辆</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>the case's time zone, e.g. Asia/Shanghai (default: this computer's)</source>
      <translation>案件时区，例如 Asia/Shanghai（默认为本计算机的时区）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>the claimant (原告 / 申请人)</source>
      <translation>原告/申请人</translation>
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
      <location filename="../../evidence_app/commands/cases.py" />
      <source>the respondent (被告 / 被申请人)</source>
      <translation>被告/被申请人</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>verify a signed evidence bundle, or every bundle in a folder</source>
      <translation>验证已签名的证据包，或文件夹中的所有证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/bundle.py" />
      <source>where the guide's list of missing evidence goes: nowhere, an unsigned note beside the bundle (default), or into the signed bundle</source>
      <translation>证据指引所列缺少证据清单的去向：不输出、作为证据包旁的未签名说明（默认）、或放入已签名的证据包</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>{posts} items with a post text; {groups} groups of near-identical texts; {accounts} accounts.</source>
      <translation>{posts} 件证据含帖子正文；{groups} 组内容几乎相同的帖子；{accounts} 个账号。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>{total} addresses: {now} captured now, {before} captured before, {failed} failed.</source>
      <translation>共 {total} 个网址：本次取证 {now} 个，此前已取证 {before} 个，失败 {failed} 个。</translation>
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
    <name>CampaignMenus</name>
    <message>
      <location filename="../../evidence_app/ui/campaign/__init__.py" />
      <source>Capture a list of pages…</source>
      <translation>批量取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/__init__.py" />
      <source>Coordinated spreading…</source>
      <translation>传播分析…</translation>
    </message>
  </context>
  <context>
    <name>CampaignView</name>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Address</source>
      <translation>网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Comparing post texts</source>
      <translation>正在比较帖子内容</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Coordinated spreading</source>
      <translation>传播分析</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Group / item</source>
      <translation>分组 / 证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Group {n}: {size} posts by {accounts} accounts</source>
      <translation>第 {n} 组：{accounts} 个账号发布的 {size} 条帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Posted</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Posts</source>
      <translation>帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Posts whose texts, as the captured pages show them, are near-identical. This describes what the pages show; it is not a finding about who wrote them.</source>
      <translation>按所取证页面显示，这些帖子的内容几乎相同。这里描述的是页面显示的内容，不是对作者身份的认定。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>Reading the post texts of this case…</source>
      <translation>正在读取本案件的帖子正文…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>The captured pages show no text posted more than once.</source>
      <translation>已取证的页面中没有发现重复发布的内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>not known</source>
      <translation>不详</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>not shown</source>
      <translation>页面未显示</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>{count} posts</source>
      <translation>{count} 条帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>{posts} items with a post text: {groups} groups of near-identical texts.</source>
      <translation>{posts} 件证据含帖子正文：{groups} 组内容几乎相同的帖子。</translation>
    </message>
  </context>
  <context>
    <name>CaptureCountdown</name>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>Bring the window you want to keep to the front now. When the count reaches zero the screen stands still and you drag over that window.</source>
      <translation>现在把要保存的窗口切换到最前面。倒计时结束后，屏幕画面会定住，再用鼠标框住那个窗口。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>Bring what you want to keep into view now. When the count reaches zero the screen stands still and you drag over the part to keep.</source>
      <translation>现在把要保存的内容显示在屏幕上。倒计时结束后，屏幕画面会定住，再用鼠标框出要保存的部分。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>Press Esc or click Cancel to stop; nothing is stored then.</source>
      <translation>按 Esc 键或点“取消”可以停下，这样什么都不会保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>The whole screen is captured when the count reaches zero. Bring what you want to keep into view now.</source>
      <translation>倒数到 0 时截取整个屏幕。请现在把要保存的内容显示在屏幕上。</translation>
    </message>
  </context>
  <context>
    <name>CaptureMixin</name>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Capturing the page…</source>
      <translation>正在截取网页…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Drag over the part of the page to keep; Escape cancels.</source>
      <translation>拖动选中要保存的网页部分；按 Esc 键取消。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 404 (not found) — the post may have been deleted.</source>
      <translation>注意：该网页返回 404（未找到），帖子可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 410 (gone) — the post has probably been deleted.</source>
      <translation>注意：该网页返回 410（已不存在），帖子很可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 429 (too many requests) — the platform refused for now; capture the page again later.</source>
      <translation>注意：该网页返回 429（请求过多），平台暂时拒绝访问；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered 451 (unavailable for legal reasons) — the post may have been blocked.</source>
      <translation>注意：该网页返回 451（因法律原因无法访问），帖子可能已被屏蔽。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (access refused) — the post may be private, or you may need to log in.</source>
      <translation>注意：该网页返回 {status}（拒绝访问），帖子可能不公开，或者需要先登录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (an error) — it may not show the post.</source>
      <translation>注意：该网页返回 {status}（出错），可能没有显示帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page answered {status} (server error) — the platform had a problem; capture the page again later as well.</source>
      <translation>注意：该网页返回 {status}（服务器错误），平台当时出了问题；请稍后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Note: the page did not load ({reason}); what was stored is the browser's own error message, not the post.</source>
      <translation>注意：该网页没有打开（{reason}），保存下来的是浏览器自己的错误提示，而不是帖子。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Region cancelled.</source>
      <translation>已取消区域截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page did not load: choose whether to keep it as evidence.</source>
      <translation>页面没有加载成功：请选择是否把它保留为证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page that did not load was not kept; nothing was stored.</source>
      <translation>未加载成功的页面没有保留，未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The text typed in the address bar was never opened, so it is not in the capture: the capture shows the page that was on screen.</source>
      <translation>地址栏里输入的内容并没有打开，所以不在截图里；本次截取的是屏幕上显示的网页。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>Waiting for the page to finish loading…</source>
      <translation>正在等待网页加载完成…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>page</source>
      <translation>网页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the address could not be found</source>
      <translation>找不到这个网址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the connection was broken off</source>
      <translation>连接中断了</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the page failed</source>
      <translation>页面出错</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the server answered {status}</source>
      <translation>服务器返回 {status}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site did not answer in time</source>
      <translation>网站没有及时响应</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site refused the connection</source>
      <translation>网站拒绝了连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>the site's security certificate is not valid</source>
      <translation>网站的安全证书无效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>this computer is not connected to the internet</source>
      <translation>这台电脑没有连上网络</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>{plain}: {code}</source>
      <translation>{plain}：{code}</translation>
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
    <name>DelayMenu</name>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>Countdown before capturing the screen, a window or a region</source>
      <translation>截取屏幕、窗口或区域前的倒计时</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>None: capture at once</source>
      <translation>不倒计时，立即截取</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/capture_countdown.py" />
      <source>{seconds} seconds</source>
      <translation>{seconds} 秒</translation>
    </message>
  </context>
  <context>
    <name>DownloadsMixin</name>
    <message>
      <location filename="../../evidence_app/ui/browser/downloads.py" />
      <source>Downloading {name}…</source>
      <translation>正在下载 {name}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/downloads.py" />
      <source>download</source>
      <translation>下载</translation>
    </message>
  </context>
  <context>
    <name>ErrorPageQuestion</name>
    <message>
      <location filename="../../evidence_app/ui/browser/error_question.py" />
      <source>Don't keep</source>
      <translation>不保留</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/error_question.py" />
      <source>Keep as evidence</source>
      <translation>保留为证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/error_question.py" />
      <source>Keep it when the error itself matters, for example a post that was deleted. Otherwise nothing is stored: open the page again and capture it once it shows.</source>
      <translation>如果这个错误本身有意义（例如帖子已被删除），请保留。否则不会保存任何内容：请重新打开页面，等它正常显示后再截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/error_question.py" />
      <source>The page did not load</source>
      <translation>页面没有加载成功</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/error_question.py" />
      <source>The page did not load ({reason}). Keep this as evidence of the error?</source>
      <translation>页面没有加载成功（{reason}）。要把这个错误页面保留为证据吗？</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>--delay takes seconds from 0 to 600, not {value}.</source>
      <translation>--delay 应为 0 到 600 之间的秒数，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>--parallel takes a number from 1 to 8, not {value}.</source>
      <translation>--parallel 应为 1 到 8 之间的数字，而不是 {value}。</translation>
    </message>
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
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>Create or open a case first; then add files to it.</source>
      <translation>请先创建或打开一个案件，再向其中添加文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
      <source>Event {seq} adds an item without a number.</source>
      <translation>第 {seq} 条记录添加了一项没有编号的证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
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
      <location filename="../../evidence_app/core/events.py" />
      <source>Event {seq} edits an unknown case property.</source>
      <translation>第 {seq} 条记录修改了未知的案件属性。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/events.py" />
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
      <location filename="../../evidence_app/core/package.py" />
      <source>File {sha} changed while it was being imported.</source>
      <translation>文件 {sha} 在导入过程中发生了变化。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>File {sha} in the package is damaged: its content no longer matches its hash. Ask the sender for the package again; nothing was imported.</source>
      <translation>案件包中的文件 {sha} 已损坏：内容与其哈希值不再一致。请让发送方重新发送这个案件包；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>File {sha} is missing from the package. Ask the sender for the package again; nothing was imported.</source>
      <translation>案件包中缺少文件 {sha}。请让发送方重新发送这个案件包；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Give at least one --field KEY=VALUE or a --category to change.</source>
      <translation>请至少给出一个要修改的 --field KEY=VALUE 或 --category。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Give at least one property of the case to change.</source>
      <translation>请至少给出一项要修改的案件信息。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/capture_queue.py" />
      <source>Line {line} is not a web address (http or https): “{text}”.</source>
      <translation>第 {line} 行不是网址（http 或 https）：“{text}”。</translation>
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
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>No time-stamping authority is configured: give --tsa URL or add one in the settings.</source>
      <translation>未配置时间戳服务机构(TSA)：请使用 --tsa URL 指定，或在设置中添加。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/recorder.py" />
      <source>Nothing is being recorded.</source>
      <translation>当前没有正在进行的录制。</translation>
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
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Only web addresses starting with http:// or https:// can be opened here, not “{url}”.</source>
      <translation>此处只能打开以 http:// 或 https:// 开头的网址，无法打开“{url}”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
      <source>Open the case this receipt is for first.</source>
      <translation>请先打开该回执所属的案件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Parties are called “litigation” (原告/被告) or “application” (申请人/被申请人), not “{value}”.</source>
      <translation>当事人称谓只能是“litigation”（原告/被告）或“application”（申请人/被申请人），不能是“{value}”。</translation>
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
      <location filename="../../evidence_app/capture/web.py" />
      <source>The address {url} sends the browser on and on in a circle (a redirect loop); nothing was stored. Open the page in the app's browser to see where it leads.</source>
      <translation>网址 {url} 不断把浏览器转来转去（重定向循环），页面始终打不开；未保存任何内容。请在本应用的浏览器中打开它，看看它最终跳转到哪里。</translation>
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
      <location filename="../../evidence_app/core/tsa_trust.py" />
      <source>The certificate file {path} cannot be read ({reason}).</source>
      <translation>无法读取证书文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The copy of {path} read back differently from what was written; the disk may be failing. Nothing was stored.</source>
      <translation>{path} 的副本回读内容与写入内容不一致，磁盘可能出现故障。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The custody log in the package does not begin with the case's creation.</source>
      <translation>案件包中的保管日志不是从创建案件开始的。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The custody log in the package ends at event {seq}, but its manifest says {expected}: events were removed or added.</source>
      <translation>案件包中的保管日志止于第 {seq} 条记录，但其清单记载为第 {expected} 条：有记录被删除或添加。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The custody log in the package is broken at event {seq} ({what}).</source>
      <translation>案件包中的保管日志在第 {seq} 条记录处断开（{what}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The custody log in the package is unreadable ({reason}).</source>
      <translation>无法读取案件包中的保管日志（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>The data directory {path} cannot be written to ({reason}); nothing was stored.</source>
      <translation>无法写入数据目录 {path}（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/ingest.py" />
      <source>The disk holding the data directory {path} has {free} free, but the files need {needed}; nothing was stored. Free some space and try again.</source>
      <translation>数据目录 {path} 所在的磁盘只剩 {free} 可用空间，而这些文件需要 {needed}；未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The disk holding the data directory {path} is full; nothing was stored. Free some space and try again.</source>
      <translation>数据目录 {path} 所在的磁盘已满；未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/downloads.py" />
      <source>The download {name} did not complete ({reason}); nothing was stored.</source>
      <translation>下载 {name} 未完成（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/catalogue_docx.py" />
      <source>The editable catalogue {path} cannot be written ({reason}). If it is open in Word, close it and export again.</source>
      <translation>无法写入可编辑的证据目录 {path}（{reason}）。如果它正在 Word 中打开，请先关闭再重新导出。</translation>
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
      <location filename="../../evidence_app/commands/campaign.py" />
      <source>The file {path} cannot be written ({reason}).</source>
      <translation>无法写入文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The file {path} changed while it was being copied (is it still being written?); nothing was stored. Try again once it is finished.</source>
      <translation>文件 {path} 在复制过程中发生了变化（是否还在写入？）；未保存任何内容。请等它完成后再试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/ingest.py" />
      <location filename="../../evidence_app/core/package.py" />
      <location filename="../../evidence_app/core/receipts.py" />
      <source>The file {path} does not exist.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/ingest.py" />
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
      <location filename="../../evidence_app/core/capture_queue.py" />
      <source>The list has no web addresses in it.</source>
      <translation>列表中没有任何网址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/commands/batch_capture.py" />
      <source>The list {path} cannot be read ({reason}).</source>
      <translation>无法读取列表 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package is signed by a key ({fingerprint}) other than the one its custody log records for this hand-off.</source>
      <translation>案件包的签名密钥（{fingerprint}）与其保管日志中记录的本次交接签名密钥不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package lists file {sha} with a size its log does not record.</source>
      <translation>案件包列出的文件 {sha} 的大小与保管日志中的记录不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package's file list does not match the files its custody log records.</source>
      <translation>案件包的文件清单与其保管日志中记录的文件不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package's manifest or certificate is unreadable ({reason}).</source>
      <translation>无法读取案件包的清单或证书（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>The package's signature does not match its manifest: it was altered after it was signed, or signed with another key.</source>
      <translation>案件包的签名与其清单不符：签名后被改动过，或是用另一把密钥签的名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
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
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page is still loading, so nothing was captured. Wait until it has finished loading, then capture it again.</source>
      <translation>网页仍在加载，因此没有截取。请等网页加载完成后再截取一次。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
      <source>The page is still loading. Wait until it has finished loading, then choose the region.</source>
      <translation>网页仍在加载。请等加载完成后再选择区域。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/web_pixels.py" />
      <source>The page kept changing while it was captured; try again.</source>
      <translation>截取过程中网页一直在变化，请重试。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/qtsupport.py" />
      <source>The page stopped responding during the capture.</source>
      <translation>截取过程中网页停止响应。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/parts.py" />
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
      <translation>无法写入录像（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <source>The region lies outside every screen.</source>
      <translation>该区域不在任何屏幕范围内。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/screen.py" />
      <location filename="../../evidence_app/capture/web.py" />
      <location filename="../../evidence_app/capture/web_region.py" />
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
      <location filename="../../evidence_app/core/tsa_tokens.py" />
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
      <location filename="../../evidence_app/bundle/batch.py" />
      <source>The verification was stopped before every bundle was checked.</source>
      <translation>验证在所有证据包核验完毕之前被中止。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/capture.py" />
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
      <location filename="../../evidence_app/ui/browser/parts.py" />
      <source>There is no web page to capture yet, so nothing was stored. Paste the address of the post into the address bar at the top, press Enter, and capture it once it is shown.</source>
      <translation>还没有打开任何网页，所以没有可截取的内容，也没有保存任何东西。请把帖子的网址粘贴到顶部的地址栏，按回车键，等帖子显示出来后再截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/schema.py" />
      <source>This data directory was written by a newer version of Evidence App (schema {found}, this version knows {known}); update the app.</source>
      <translation>此数据目录由更新版本的取证助手写入（数据结构版本 {found}，本版本支持 {known}）；请更新程序。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>This is not an RFC 3161 time-stamp token ({reason}).</source>
      <translation>这不是 RFC 3161 时间戳令牌（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/capture/recorder.py" />
      <source>This system cannot encode MP4 video, so nothing can be recorded.</source>
      <translation>本系统无法编码 MP4 视频，因此无法录制。</translation>
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
      <location filename="../../evidence_app/core/ingest.py" />
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
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>{added} file(s) added; {count} could not be added: {reasons}</source>
      <translation>已添加 {added} 个文件；有 {count} 个文件无法添加：{reasons}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>{count} file(s) cannot be added: {reasons}</source>
      <translation>有 {count} 个文件无法添加：{reasons}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{name} changed the case after sending the package you opened on {when}; since then this copy has only recorded that opening, so nothing of yours is lost. Nothing was imported: import this package as a separate copy (--as-copy) and go on with that copy.</source>
      <translation>{name} 在发出你于 {when} 打开的那个案件包之后，又修改了案件；而此后你的副本只记录了那次打开，所以你这边没有任何内容会丢失。未导入任何内容：请将这个案件包作为独立副本导入（--as-copy），之后在该副本上继续处理。</translation>
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
      <location filename="../../evidence_app/core/package.py" />
      <source>{part} in the package is damaged. Ask the sender for the package again; nothing was imported.</source>
      <translation>案件包中的 {part} 已损坏。请让发送方重新发送这个案件包；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{part} in the package was changed after it was signed.</source>
      <translation>案件包中的 {part} 在签名后被改动过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>{path} is a PDF but not an evidence bundle (it has no manifest.json).</source>
      <translation>{path} 是 PDF 文件，但不是证据包（其中没有 manifest.json）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/ingest.py" />
      <source>{path} is a folder, not a file; choose the files inside it.</source>
      <translation>{path} 是文件夹而不是文件；请选择其中的文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/ingest.py" />
      <source>{path} is a link that leads back to itself (a loop of links); choose the file it was meant to point to.</source>
      <translation>{path} 是一个绕回自身的链接（链接循环）；请直接选择它本应指向的那个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/ingest.py" />
      <source>{path} is a link to something that does not exist.</source>
      <translation>{path} 是指向不存在对象的链接。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>{path} is damaged or cut short: it cannot be read as a whole PDF. Ask the sender for the file again.</source>
      <translation>{path} 已损坏或不完整：无法作为完整的 PDF 读取。请向发送人重新索取该文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>{path} is not a PDF file (it does not begin as a PDF does); an evidence bundle is the PDF the app exported.</source>
      <translation>{path} 不是 PDF 文件（文件开头不是 PDF 格式）；证据包是本应用导出的那个 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{path} is not a case package (not a readable ZIP file: {reason}). It may not have arrived whole: ask the sender for it again.</source>
      <translation>{path} 不是案件包（不是可读取的 ZIP 文件：{reason}）。文件可能没有传完整，请让发送方重新发送。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{path} is not a case package ({part} is missing).</source>
      <translation>{path} 不是案件包（缺少 {part}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{path} is not a case package of a format this version reads.</source>
      <translation>{path} 不是本版本能读取的案件包格式。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_trust.py" />
      <source>{path} is not a certificate (PEM or DER).</source>
      <translation>{path} 不是证书（PEM 或 DER 格式）。</translation>
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
      <location filename="../../evidence_app/core/ingest.py" />
      <source>{path} is not a regular file.</source>
      <translation>{path} 不是普通文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>{path} was made by a newer version of Evidence App ({version}) than this one ({ours}). Install the newer version to open it; nothing was imported.</source>
      <translation>{path} 是由更新版本的取证助手（{version}）生成的，本机版本为 {ours}。请安装新版本后再打开；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package.py" />
      <source>“{action}” by {name} ({role}) on {when}</source>
      <translation>{name}（{role}）于 {when} 的“{action}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>“{field}” can hold at most {limit} characters; it now has {count}. Please delete what goes beyond.</source>
      <translation>“{field}”最多 {limit} 个字符，现在是 {count} 个。请删去多余的部分。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>“{field}” contains a NUL character, which cannot be stored. Delete it and try again.</source>
      <translation>“{field}”里有一个空字符（NUL），无法保存。请删掉它后再试。</translation>
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
      <location filename="../../evidence_app/core/posted_time.py" />
      <source>“{value}” in {field} cannot be read as a date and time. Write it like 2025-09-20 13:05; the time exactly as the page shows it goes in posted_at_displayed.</source>
      <translation>{field} 中的“{value}”无法识别为日期和时间。请写成 2025-09-20 13:05 这样的格式；页面上显示的原样时间请填入 posted_at_displayed。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/field_values.py" />
      <source>“{value}” is not a count ({field}). Write it as the platform shows it, for example 12000, 1.2万 or 10万+.</source>
      <translation>“{value}”不是可以识别的数量（{field}）。请按平台上显示的样子填写，例如 12000、1.2万 或 10万+。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>“{zone}” is not a time zone this computer knows (e.g. Asia/Shanghai).</source>
      <translation>本计算机不认识时区“{zone}”（例如应为 Asia/Shanghai）。</translation>
    </message>
  </context>
  <context>
    <name>EvidenceForms</name>
    <message>
      <location filename="../../evidence_app/core/evidence_form.py" />
      <source>Audio-visual material</source>
      <translation>视听资料</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/evidence_form.py" />
      <source>Documentary evidence</source>
      <translation>书证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/evidence_form.py" />
      <source>Electronic data</source>
      <translation>电子数据</translation>
    </message>
  </context>
  <context>
    <name>EvidenceNames</name>
    <message>
      <location filename="../../evidence_app/core/evidence_names.py" />
      <source>Recording of the visit</source>
      <translation>访问过程录像</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>&lt;b&gt;The guide has nothing missing.&lt;/b&gt; The bundle is ready to export.</source>
      <translation>&lt;b&gt;取证指引要求的内容已全部齐备。&lt;/b&gt;证据包可以导出了。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>&lt;b&gt;{count} thing(s) the guide asks for are still missing.&lt;/b&gt; You can fix them first, or export now and choose where the list goes.</source>
      <translation>&lt;b&gt;证据指引要求的内容中还有 {count} 项缺失。&lt;/b&gt;你可以先补齐，也可以现在导出，并选择缺失清单的去向。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ The bundle was written and checked: signature and every file are intact.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;&lt;b&gt;✓ 证据包已生成并通过核验：签名及所有文件均完好。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ The bundle was written but its check failed:&lt;/b&gt;&lt;/span&gt; {reasons}</source>
      <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;✗ 证据包已生成，但核验未通过：&lt;/b&gt;&lt;/span&gt;{reasons}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>As a separate unsigned note for the lawyer</source>
      <translation>作为单独的未签名说明交给律师</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Export anyway</source>
      <translation>仍然导出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Export cancelled; no bundle was written.</source>
      <translation>导出已取消；未生成证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Export the bundle for your lawyer</source>
      <translation>导出证据包交给律师</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Fix the gaps first</source>
      <translation>先补齐缺项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Inside the signed bundle (required gaps only)</source>
      <translation>放入已签名的证据包（仅必需项）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Language of the bundle</source>
      <translation>证据包语言</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Leave it out (for filing with a court)</source>
      <translation>不输出（用于提交法院）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>List of missing evidence</source>
      <translation>缺少证据清单</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Save as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Save the bundle as</source>
      <translation>证据包另存为</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Saved as {path}</source>
      <translation>已保存为 {path}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Suggestions (not required):</source>
      <translation>建议（非必需）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>The bundle was not written.</source>
      <translation>未生成证据包。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>The bundle was written.</source>
      <translation>证据包已生成。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>Time-stamp servers</source>
      <translation>时间戳服务器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
      <source>none: the time then comes from this computer's clock</source>
      <translation>无：届时时间将取自本机时钟</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/export.py" />
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
      <location filename="../../evidence_app/ui/dialogs/export.py" />
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
      <source>Fill this one first: copy the time exactly as the page shows it, even “3 hours ago”. The guide asks for it.</source>
      <translation>先填这一栏：照页面上显示的原样抄下时间，哪怕是“3小时前”。指南要求填写这一项。</translation>
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
      <source>Only if you know the full date and time (2025-01-05 21:14): it places the post on the timeline. Leave it empty otherwise.</source>
      <translation>只有知道完整的日期和时间（如 2025-01-05 21:14）时才填：用来把帖子排进时间线。不知道就空着。</translation>
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
      <location filename="../../evidence_app/bundle/pages/catalogue.py" />
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
      <source>Time sent</source>
      <translation>发送时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Time sent, as shown</source>
      <translation>显示的发送时间</translation>
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
      <source>Post text (extracted from the page)</source>
      <translation>帖子正文（从页面提取）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Recording</source>
      <translation>录像</translation>
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
      <source>The case changed after the last export (new items, edits or time-stamps): export it again so that your lawyer has everything.</source>
      <translation>上次导出后案件有了改动（新证据、修改或时间戳）：请重新导出，让律师拿到完整的材料。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>The case has no account of what happened yet.</source>
      <translation>案件中还没有事情经过的陈述。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>There is no screen recording of the way to a post.</source>
      <translation>还没有访问过程录像（演示如何一步步找到帖子）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>choose a trusted time service first</source>
      <translation>请先选择可信时间服务</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>do this once the steps before it are done</source>
      <translation>完成前面的步骤后再做</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>exported, changed since</source>
      <translation>已导出，之后有改动</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>fill in the posters' account IDs in step 2 first</source>
      <translation>请先在第 2 步填写发帖账号ID</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>not needed: no web page was captured, only files imported</source>
      <translation>无需此步：没有截取网页，只导入了文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>not needed: this case has no posts</source>
      <translation>无需此步：本案没有帖子</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>not needed: this case has no posts or account pages</source>
      <translation>无需此步：本案没有帖子或账号主页</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>not needed: this case has no posts or comments</source>
      <translation>无需此步：本案没有帖子或评论</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number} is a saved home page without an account ID: fill it in there.</source>
      <translation>{number} 是你保存的账号主页，但还没有填写账号ID，请在这一项里填上。</translation>
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
      <location filename="../../evidence_app/bundle/note.py" />
      <location filename="../../evidence_app/core/guide.py" />
      <source>{title}: {gap}</source>
      <translation>{title}：{gap}</translation>
    </message>
  </context>
  <context>
    <name>GuidePanel</name>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>(recommended)</source>
      <translation>（建议）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>({why})</source>
      <translation>（{why}）</translation>
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
      <source>Choose a time service…</source>
      <translation>选择可信时间服务…</translation>
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
      <source>Record the visit</source>
      <translation>录制访问过程</translation>
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
      <source>{count} for later</source>
      <translation>{count} 步稍后再做</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{count} recapture request(s) wait for the owner:</source>
      <translation>{count} 项重新取证请求等待车主处理：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{count} recommended, not required</source>
      <translation>{count} 步建议做，但不是必须的</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{done} of {total} steps done</source>
      <translation>已完成 {done}/{total} 步</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/guide_panel.py" />
      <source>{done} of {total} steps done, {count} not needed</source>
      <translation>已完成 {done}/{total} 步（{count} 步本案无需做）</translation>
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
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Ctrl + mouse wheel to zoom, drag to move. Zooming changes only what you see here; the file itself is never changed.</source>
      <translation>按住 Ctrl 转动鼠标滚轮可缩放，按住鼠标拖动可移动。缩放只改变这里的显示，文件本身永远不会被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Fit width</source>
      <translation>适应宽度</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Show the picture at its real size, pixel for pixel ({keys}).</source>
      <translation>按图片的实际大小显示，一个像素对一个像素（{keys}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Show the whole width of the picture ({keys}).</source>
      <translation>显示图片的完整宽度（{keys}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Shown at {percent}% of the picture's {width} × {height} pixels.</source>
      <translation>图片为 {width} × {height} 像素，当前按 {percent}% 显示。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Zoom in ({keys})</source>
      <translation>放大（{keys}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/image_view.py" />
      <source>Zoom out ({keys})</source>
      <translation>缩小（{keys}）</translation>
    </message>
  </context>
  <context>
    <name>ImportCategoryDialog</name>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>Import files</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>What are these {count} file(s)? You can change it later for each item.</source>
      <translation>这 {count} 个文件是什么证据？以后也可以逐项修改。</translation>
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
      <source>Captured {when} by {who} · time from this computer's clock</source>
      <translation>{who} 于 {when} 取证 · 时间来自本机时钟</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>Category:</source>
      <translation>类别：</translation>
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
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>Event {seq} of the custody log
Local: {local}
UTC: {utc}</source>
      <translation>保管日志第 {seq} 条记录
本地时间：{local}
UTC：{utc}</translation>
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
      <source>Imported {when} by {who} · time from this computer's clock</source>
      <translation>{who} 于 {when} 导入 · 时间来自本机时钟</translation>
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
      <source>Save now (Ctrl+S)</source>
      <translation>立即保存 (Ctrl+S)</translation>
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
      <location filename="../../evidence_app/ui/item/history.py" />
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
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>This picture is too large to show here; it is kept unchanged.</source>
      <translation>这张图片太大，无法在这里显示；它已原样保存，没有改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>Trusted time-stamp: not yet</source>
      <translation>可信时间戳：尚未加盖</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>Trusted time-stamp: yes</source>
      <translation>可信时间戳：已加盖</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
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
      <source>What you fill in here is printed with this item in the bundle for your lawyer. Fields marked * are what the guide asks for; the red ones are still empty, and they are what the table counts as missing and the guide lists.</source>
      <translation>这里填写的内容会随这项证据印进交给律师的证据包。标 * 的是指南要求填写的项；红色的还空着——表格里“缺 N 项”和指南列出的缺项就是它们。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>What you type is saved by itself when you leave a field, stop typing, choose another item or close the app; each change is recorded in the custody log.</source>
      <translation>输入的内容会自动保存：离开这一栏、停止输入、选择别的证据或关闭软件时都会保存；每次修改都记入保管记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/review_bar.py" />
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
      <location filename="../../evidence_app/ui/item/review_bar.py" />
      <source>open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/__init__.py" />
      <source>withdrawn: {reason}</source>
      <translation>已撤回：{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>{count} bytes</source>
      <translation>{count} 字节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>{name} ({role})</source>
      <translation>{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/review_bar.py" />
      <source>{name} ({role}), {when}</source>
      <translation>{name}（{role}），{when}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/history.py" />
      <source>{role} for “{name}”</source>
      <translation>“{name}”的{role}</translation>
    </message>
  </context>
  <context>
    <name>LogDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/log.py" />
      <source>Copy the log</source>
      <translation>复制日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/log.py" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/log.py" />
      <source>What the app did, step by step. The lines stay in English so that support staff anywhere can read them; they hold no evidence. Copy them into a message when support asks for the log.</source>
      <translation>软件每一步做了什么。日志内容保留英文，方便各地的客服人员阅读；其中不含任何证据。客服人员需要日志时，复制后粘贴到消息里发给他们即可。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source> (missing: {fields})</source>
      <translation>（缺：{fields}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source> ({count} missing)</source>
      <translation>（缺 {count} 项）</translation>
    </message>
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
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Every item has been looked at.&lt;/b&gt; Give the case its screening verdict.</source>
      <translation>&lt;b&gt;每项证据都已审核。&lt;/b&gt;请给出案件的筛查结论。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Everything the guide asks for is here.&lt;/b&gt; Export the bundle for your lawyer.</source>
      <translation>&lt;b&gt;取证指引要求的内容已全部齐备。&lt;/b&gt;请导出证据包交给律师。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Next step:&lt;/b&gt; {title}</source>
      <translation>&lt;b&gt;下一步：&lt;/b&gt;{title}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Screening verdict: {verdict}.&lt;/b&gt; {requests}Save the case as a file and send it back to the owner.</source>
      <translation>&lt;b&gt;筛查结论：{verdict}。&lt;/b&gt;{requests}请将案件存为文件，发回给车主。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Start here:&lt;/b&gt; create a case for what is happening to you.</source>
      <translation>&lt;b&gt;从这里开始：&lt;/b&gt;为你遭遇的事情创建一个案件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;Support asked you to capture {count} item(s) again:&lt;/b&gt; {numbers}</source>
      <translation>&lt;b&gt;客服人员请你对 {count} 项证据重新取证：&lt;/b&gt;{numbers}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;To review: {count} item(s).&lt;/b&gt; Next: {number}</source>
      <translation>&lt;b&gt;待审核：{count} 项证据。&lt;/b&gt;下一项：{number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>&lt;b&gt;To review: {count} item(s).&lt;/b&gt; Now: {number}</source>
      <translation>&lt;b&gt;待审核：{count} 项证据。&lt;/b&gt;当前：{number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/panes.py" />
      <source>All kinds</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/panes.py" />
      <source>All platforms</source>
      <translation>全部平台</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/capture.py" />
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
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Capture again…</source>
      <translation>重新取证…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/capture.py" />
      <source>Capture cancelled; nothing was stored.</source>
      <translation>已取消取证；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Capture screen</source>
      <translation>截取屏幕</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
      <source>Case package (*.evcase)</source>
      <translation>案件包 (*.evcase)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/timestamp.py" />
      <source>Choose a trusted time service first; nothing is sent until you do.</source>
      <translation>请先选择可信时间服务；在你选择之前不会发送任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>Choose the files to keep as evidence</source>
      <translation>选择要保存为证据的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>Choose the new capture that replaces this item</source>
      <translation>选择用于替换这项证据的新取证文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <location filename="../../evidence_app/ui/window/status.py" />
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
      <source>Export bundle…</source>
      <translation>导出证据包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Finishing the work in progress…</source>
      <translation>正在完成进行中的工作…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
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
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Mark reviewed (Ctrl+R)</source>
      <translation>标记为已审核（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Mark reviewed, then the next item</source>
      <translation>标记为已审核并转到下一项</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Marks this item reviewed, then shows the next one waiting (Ctrl+R)</source>
      <translation>将这项证据标记为已审核，然后显示下一项待审核的证据（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>New case…</source>
      <translation>新建案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/dialogs.py" />
      <source>New title:</source>
      <translation>新标题：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Next item to review</source>
      <translation>下一项待审核证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>No case yet</source>
      <translation>还没有案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>No item waits for review: each is reviewed or waits for a recapture.</source>
      <translation>没有待审核的证据：每一项都已审核，或在等待车主重新取证。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
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
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Opening the case…</source>
      <translation>正在打开案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Opening your cases…</source>
      <translation>正在打开你的案件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Operator: {name} ({role})</source>
      <translation>操作人：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>Recapture of {number} requested. Next: {next}.</source>
      <translation>已要求对 {number} 重新取证。下一项：{next}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>Recapture of {number} requested. Pack the case and send it back to the owner.</source>
      <translation>已要求对 {number} 重新取证。请打包案件并发回给车主。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
      <source>Receipt (*.json)</source>
      <translation>回执 (*.json)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
      <source>Receipt checked: {who} received {file} on {when}. The case is still with them, so it enters the custody log when their package comes back.</source>
      <translation>回执已核验：{who} 于 {when} 收到了 {file}。案件仍在对方处，因此回执将在对方的案件包传回时记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/handoff.py" />
      <source>Receipt recorded: {who} received {file} on {when}; the signature is valid.</source>
      <translation>回执已记录：{who} 于 {when} 收到了 {file}；签名有效。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/dialogs.py" />
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
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Review {number} (F8)</source>
      <translation>审核 {number}（F8）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Save the case as a file for support…</source>
      <translation>将案件存为文件，发给客服人员…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Save typed changes</source>
      <translation>保存输入的修改</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/edit.py" />
      <source>Saved. The change is recorded in the custody log.</source>
      <translation>已保存。此次修改已记入保管日志。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>Screening verdict recorded: {verdict}.</source>
      <translation>筛查结论已记录：{verdict}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Screening verdict…</source>
      <translation>筛查结论…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Search number, account, text…</source>
      <translation>搜索编号、账号、文字…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Send back to the owner…</source>
      <translation>发回给车主…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Send the case back to the owner…</source>
      <translation>将案件存为文件，发回给车主…</translation>
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
      <source>Storing the recording before quitting…</source>
      <translation>正在保存录像，保存好后再退出…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/timestamp.py" />
      <source>The time-stamp server answers again: {count} waiting file(s) were time-stamped.</source>
      <translation>时间戳服务器已恢复响应：{count} 个等待中的文件已加盖时间戳。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Time-stamp now</source>
      <translation>立即加盖时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Time-stamp server: checking…</source>
      <translation>时间戳服务器：正在检查…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Time-stamp server: not reachable</source>
      <translation>时间戳服务器：无法连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Time-stamp server: not set</source>
      <translation>时间戳服务器：未设置</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Time-stamp server: reachable</source>
      <translation>时间戳服务器：可连接</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/timestamp.py" />
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
      <location filename="../../evidence_app/ui/operations/edit.py" />
      <source>Why is this item withdrawn? It stays in the log.</source>
      <translation>为什么撤回这项证据？该证据仍会保留在日志中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Withdraw item…</source>
      <translation>撤回证据…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/edit.py" />
      <source>Withdraw {number}</source>
      <translation>撤回 {number}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Writes the whole case into one signed file (.evcase) on this computer; you then send that file to a support worker yourself</source>
      <translation>把整个案件写成这台电脑上的一个签名文件（.evcase）；之后由你自己把这个文件发给客服人员</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Writes the whole case with your review into one signed file (.evcase) on this computer; you then send that file back to the owner yourself</source>
      <translation>把整个案件连同你的审核意见写入本机上的一个已签名文件（.evcase），然后由你自己把这个文件发回给车主</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/main_window.py" />
      <source>Your cases</source>
      <translation>你的案件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/import_files.py" />
      <source>{count} file(s) added as evidence.</source>
      <translation>已将 {count} 个文件添加为证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>{count} file(s) wait for a time-stamp ({items} item(s))</source>
      <translation>{count} 个文件（{items} 项证据）等待加盖时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>{count} recapture request(s) wait for the owner. </source>
      <translation>有 {count} 项重新取证请求等待车主处理。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>{done} of {total}: {label}</source>
      <translation>{done}/{total}：{label}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/capture.py" />
      <source>{number} captured and stored with its hash.</source>
      <translation>{number} 已取证，并已连同哈希值保存。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>{number} is already marked reviewed.</source>
      <translation>{number} 已经标记为已审核。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>{number} is marked reviewed. Every item has been looked at now.</source>
      <translation>{number} 已标记为已审核。所有证据都已审核完毕。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>{number} is marked reviewed. Next: {next}.</source>
      <translation>{number} 已标记为已审核。下一项：{next}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/review.py" />
      <source>{number} is the last item waiting for review.</source>
      <translation>{number} 是最后一项待审核的证据。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/operations/timestamp.py" />
      <source>{stamped} file(s) time-stamped; {pending} still wait (the server did not answer). They are stamped when it answers again.</source>
      <translation>已为 {stamped} 个文件加盖时间戳；还有 {pending} 个仍在等待（服务器未响应），待服务器恢复响应后会自动加盖。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>{title} — opening {count} pieces of evidence…</source>
      <translation>{title} — 正在打开 {count} 项证据…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
      <source>{title} — {count} pieces of evidence</source>
      <translation>{title} — {count} 项证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/window/status.py" />
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
      <source>{title} (copy)</source>
      <translation>{title}（副本）</translation>
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
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>In your own words: when it started, on which platforms, what was said, and how it affected you. It goes into the bundle for your lawyer as your account of what happened; every change is kept in the custody log.</source>
      <translation>用你自己的话写：什么时候开始、在哪些平台、说了什么、对你造成了什么影响。这段经过会作为你的陈述印进交给律师的证据包；每次修改都记入保管记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>What happened</source>
      <translation>事情经过</translation>
    </message>
  </context>
  <context>
    <name>NavigationMixin</name>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Browser</source>
      <translation>浏览器</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Local date, time and time zone of this computer: {zone}</source>
      <translation>本机的本地日期、时间和时区：{zone}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Showing a stored copy; it cannot be captured again.</source>
      <translation>当前显示的是已保存的副本，无法再次截取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>This computer's clock:
{date} {time} (UTC{offset})</source>
      <translation>本机时钟：
{date} {time}（UTC{offset}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/navigation.py" />
      <source>Wait until the capture has finished before you open another page.</source>
      <translation>请等截取完成后再打开其他网页。</translation>
    </message>
  </context>
  <context>
    <name>NewCaseWizard</name>
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
      <source>Your name and how to reach you go into the bundle for your lawyer, so that they know whose evidence it is and how to contact you.</source>
      <translation>你的姓名和联系方式会印进交给律师的证据包，律师由此知道这是谁的证据、怎样联系你。</translation>
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
      <source>Send the case back to the owner</source>
      <translation>将案件发回给车主</translation>
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
      <source>The whole case, with your review marks, recapture requests and verdict, is written to one signed file. The owner opens it in their copy of the app.</source>
      <translation>整个案件（连同你的审核标记、重新取证请求和筛查结论）将写入一个已签名的文件。车主会在自己的取证助手中打开它。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>{path}: {events} custody events and {files} files, signed with your key. Send this file back to the owner: their app shows each recapture you asked for as a to-do, with your comment.</source>
      <translation>{path}：{events} 条保管记录和 {files} 个文件，已用你的密钥签名。请将此文件发回给车主：车主的取证助手会把你要求重新取证的每一项连同你的说明列为待办事项。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/handoff.py" />
      <source>{path}: {events} custody events and {files} files, signed with your key. Send this file to the support worker; whatever they add comes back in the same chain.</source>
      <translation>{path}：{events} 条保管记录和 {files} 个文件，已用你的密钥签名。请将此文件发送给客服人员；他们添加的任何内容都会接续在同一条记录链中传回给你。</translation>
    </message>
  </context>
  <context>
    <name>Package</name>
    <message>
      <location filename="../../evidence_app/core/package_words.py" />
      <source>This package is older than your copy of “{title}” (it ends at event {theirs}, yours at event {mine}): everything in it is here already. Nothing was imported or changed.</source>
      <translation>这个案件包比你的“{title}”副本旧（案件包止于第 {theirs} 条记录，你的副本止于第 {mine} 条）：其中的内容你都已经有了。未导入、也未更改任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package_words.py" />
      <source>You opened this same package on {when} already: everything in it is in “{title}”. Nothing was imported or changed.</source>
      <translation>你已于 {when} 打开过这个案件包，其中的内容都已在“{title}”中。未导入、也未更改任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/package_words.py" />
      <source>{count} kind(s) of custody event in the package are unknown to this version ({actions}): they are kept in the log as they are, but what they changed is not shown here. Install the version the sender uses ({version}) to see it.</source>
      <translation>案件包中有 {count} 种本版本不认识的保管记录（{actions}）：它们已原样保存在保管日志中，但它们带来的改动不会在这里显示。请安装与发送方相同的版本（{version}）后再查看。</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Change the passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Choose a passphrase for your signing key</source>
      <translation>为你的签名密钥设置密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Choose a passphrase of at least {count} characters.</source>
      <translation>请设置至少 {count} 个字符的密码。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Fair.</source>
      <translation>强度：中等。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>New passphrase again</source>
      <translation>再次输入新密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Strong.</source>
      <translation>强度：强。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>The app now makes your own signing key, so that anyone can check later that nothing in your bundle was changed; choose a passphrase only you know, because without it you cannot sign.</source>
      <translation>软件现在为你生成一把专属的签名密钥，以后任何人都能据此核对证据包没有被改动过；请设置一个只有你知道的密码，忘了密码就无法签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>The bundle is signed with your key so that anyone can check nothing was changed. Type its passphrase.</source>
      <translation>证据包会用你的密钥签名，任何人都能据此核验内容未被改动。请输入密钥的密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>The two new passphrases differ. Type them again.</source>
      <translation>两次输入的新密码短语不一致，请重新输入。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Too short: at least {count} characters.</source>
      <translation>太短：至少需要 {count} 个字符。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Type the current passphrase, then the new one twice.</source>
      <translation>请输入当前密码短语，再输入两次新密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Type the passphrase of your signing key.</source>
      <translation>请输入你的签名密钥的密码短语。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Unlock your signing key</source>
      <translation>解锁你的签名密钥</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Weak: make it longer, or mix letters, digits and signs.</source>
      <translation>强度：弱。请写长一些，或混用字母、数字和符号。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/passphrase.py" />
      <source>Your previous key is kept in the archive; bundles signed with it stay valid.</source>
      <translation>你以前的密钥会存档保留，用它签过的证据包依然有效。</translation>
    </message>
  </context>
  <context>
    <name>Platforms</name>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Autohome</source>
      <translation>汽车之家</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Baidu Tieba</source>
      <translation>百度贴吧</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Bilibili</source>
      <translation>哔哩哔哩</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Dongchedi</source>
      <translation>懂车帝</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Douyin</source>
      <translation>抖音</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Facebook</source>
      <translation>Facebook</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Weibo</source>
      <translation>微博</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>X</source>
      <translation>X（推特）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Xiaohongshu</source>
      <translation>小红书</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>YouTube</source>
      <translation>YouTube</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/platforms.py" />
      <source>Zhihu</source>
      <translation>知乎</translation>
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
      <source>Tick every platform where you were attacked; they go into your account of what happened in the bundle.</source>
      <translation>勾选你受到攻击的所有平台；它们会写进证据包里你的事情经过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>Where does it happen?</source>
      <translation>发生在哪些平台？</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../evidence_app/ui/qt_words.py" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/qt_words.py" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
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
    <name>RecordingMixin</name>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Finishing the recording…</source>
      <translation>正在完成录制…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Recording the visit… go to the post the way you normally would, then press “Stop recording”.</source>
      <translation>正在录制访问过程… 请像平时一样一步步打开帖子，然后按“停止录制”。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>Storing the recording as evidence; the window closes when it is stored…</source>
      <translation>正在把录像保存为证据，保存好后窗口会自动关闭…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>recording of the visit</source>
      <translation>访问过程录像</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/browser/recording.py" />
      <source>● Recording {time}</source>
      <translation>● 正在录制 {time}</translation>
    </message>
  </context>
  <context>
    <name>RegionPicker</name>
    <message>
      <location filename="../../evidence_app/ui/region_picker.py" />
      <source>Drag over the part you want to keep. Esc cancels; nothing is stored then.</source>
      <translation>按住鼠标拖动，框出要保存的部分。按 Esc 取消，不会保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/region_picker.py" />
      <source>Drag over the window you want to keep. Esc cancels; nothing is stored then.</source>
      <translation>按住鼠标拖动，框住要保存的窗口。按 Esc 取消，不会保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>For a lawyer to assess</source>
      <translation>交律师评估</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>More evidence needed</source>
      <translation>需补充证据</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Needs recapture</source>
      <translation>需重新取证</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Not taken forward</source>
      <translation>不予跟进</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>Reviewed</source>
      <translation>已审核</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>Screening verdict: {verdict} ({name})</source>
      <translation>筛查结论：{verdict}（{name}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>They are on the to-do list at the left; answer each with “Capture again…”.</source>
      <translation>这些请求列在左侧的待办事项中；请逐项点击“重新取证…”来处理。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>{count} item(s) wait for your review: {numbers}.</source>
      <translation>有 {count} 项证据等待你审核：{numbers}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>{name} ({role}) asks you to capture {count} item(s) again:</source>
      <translation>{name}（{role}）请你对 {count} 项证据重新取证：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/review.py" />
      <source>{name} ({role}), {when}: {comment}</source>
      <translation>{name}（{role}），{when}：{comment}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>{number}: “{comment}”</source>
      <translation>{number}：“{comment}”</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/review.py" />
      <source>… and {count} more.</source>
      <translation>……另有 {count} 项。</translation>
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
      <source>A time-stamp service is a neutral third party: the time it signs proves your evidence existed at that moment, which courts value. It needs the internet when you capture and export. Choose one below, or ask your lawyer or support staff for an address.</source>
      <translation>时间戳服务是中立的第三方：它签上的时间能证明你的证据在那一刻已经存在，法院很看重这一点。取证和导出时需要联网。可以在下面选一个，也可以向律师或协助人员要一个地址。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Change passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Countdown before capturing the screen, a window or a region</source>
      <translation>截取屏幕、窗口或区域前的倒计时</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Every bundle you export is signed with this key. Give your lawyer its fingerprint so that they can check the bundle really comes from you.</source>
      <translation>你导出的每个证据包都用这把密钥签名。把它的指纹告诉律师，律师就能核实证据包确实出自你手。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Fingerprint (for your lawyer to compare):</source>
      <translation>指纹（请律师用来核对）：</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>General</source>
      <translation>常规</translation>
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
      <source>None: capture at once</source>
      <translation>不倒计时，立即截取</translation>
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
      <source>RFC 3161 time-stamping authority (TSA) addresses</source>
      <translation>RFC 3161 时间戳机构（TSA）的地址</translation>
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
      <source>The SHA-256 fingerprint of the key's certificate</source>
      <translation>签名证书的 SHA-256 指纹</translation>
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
      <source>Time to bring what you want to keep into view; Esc stops the countdown.</source>
      <translation>留出时间，把要保存的内容显示在屏幕上；按 Esc 键可以停止倒计时。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Time-stamp service addresses</source>
      <translation>时间戳服务地址</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>Trusted time</source>
      <translation>可信时间</translation>
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
    <message>
      <location filename="../../evidence_app/ui/dialogs/__init__.py" />
      <source>{seconds} seconds</source>
      <translation>{seconds} 秒</translation>
    </message>
  </context>
  <context>
    <name>TimeServiceSection</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/tsa_servers.py" />
      <source>Run by {operator}. Address: {url}. {note}</source>
      <translation>运营方：{operator}。地址：{url}。{note}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/tsa_servers.py" />
      <source>Trusted time</source>
      <translation>可信时间</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/tsa_servers.py" />
      <source>Use this service</source>
      <translation>使用此服务</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/tsa_servers.py" />
      <source>Your computer's clock can be changed by anyone, so on its own it proves little. A time-stamp service is a neutral third party: it signs the time at which it saw each file's fingerprint (a hash), which proves the file existed, exactly as it is, no later than that moment. Courts accept such time-stamps. Only the fingerprints are sent, never the files, and nothing is sent until you choose a service here and save. Your lawyer may prefer another service: then paste its address into the box above.</source>
      <translation>电脑上的时钟谁都能改，单凭它证明不了什么。可信时间服务是中立的第三方：它对收到每个文件“指纹”（哈希值）的时间签名，证明这个文件最迟在那一刻就已存在、而且内容一字未改。法院认可这样的时间戳。发送的只是指纹，不会发送文件本身；在你在这里选择服务并保存之前，不会发送任何内容。如果律师建议使用其他服务，请把它的地址粘贴到上面的框里。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/tsa_servers.py" />
      <source>{name} is in the list. It is used from the next time-stamp, after you press Save.</source>
      <translation>{name} 已加入列表。按“保存”后，下次加盖时间戳时就会使用它。</translation>
    </message>
  </context>
  <context>
    <name>TimeServices</name>
    <message>
      <location filename="../../evidence_app/core/time_services.py" />
      <source>Free public service of a large certificate authority.</source>
      <translation>大型证书机构提供的免费公共服务。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/time_services.py" />
      <source>Free service run by a small independent project.</source>
      <translation>由一个小型独立项目运营的免费服务。</translation>
    </message>
  </context>
  <context>
    <name>TimelineStrip</name>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>The pages show no posting times for this group.</source>
      <translation>页面没有显示这一组帖子的发布时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/campaign/view.py" />
      <source>{count} posting times from {first} to {last}</source>
      <translation>{count} 个发布时间，从 {first} 到 {last}</translation>
    </message>
  </context>
  <context>
    <name>TrustedRootsSection</name>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>(unreadable certificate)</source>
      <translation>（无法读取的证书）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>A root certificate: .pem, .crt, .cer or .der</source>
      <translation>根证书文件：.pem、.crt、.cer 或 .der</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>A time-stamp counts as proof only when you trust the service that made it. Add a service's certificate file only after checking its fingerprint with the service itself; your lawyer or support staff can help.</source>
      <translation>只有你信任的服务盖的时间戳才能作为证明。添加某个服务的证书文件之前，请先向这个服务本身核对文件的指纹；律师或协助人员可以帮你。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Add a service's certificate file…</source>
      <translation>添加服务的证书文件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Added {count}. Saving the settings makes them trusted.</source>
      <translation>已添加 {count} 个。保存设置后即受信任。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Also trust well-known commercial time services (paid services)</source>
      <translation>也信任知名的商业时间服务（收费服务）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Certificate files (*.pem *.crt *.cer *.der)</source>
      <translation>证书文件 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Choose the time service's certificate file (root certificate)</source>
      <translation>选择时间服务的证书文件（根证书）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Technically: the root certificates of RFC 3161 time-stamping authorities (TSAs). A time-stamp is accepted as proof only if it chains to one of them.</source>
      <translation>技术说明：这里是 RFC 3161 时间戳机构（TSA）的根证书。只有能追溯到其中某个根证书的时间戳才会被认可。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Technically: time-stamps that chain to a public root certificate of the certifi (Mozilla) list are accepted too.</source>
      <translation>技术说明：能追溯到 certifi（Mozilla）公共根证书列表的时间戳也会被认可。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>That certificate is in the list already.</source>
      <translation>该证书已在列表中。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/dialogs/trusted_roots.py" />
      <source>Time services you trust</source>
      <translation>你信任的时间服务</translation>
    </message>
  </context>
  <context>
    <name>TrustedTime</name>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>The TSA certificate “{subject}” does not lead to a trusted root or is not fit for time-stamping ({reason}).</source>
      <translation>TSA 证书“{subject}”无法追溯到受信任的根证书，或不适用于时间戳（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>The TSA's signature on the token could not be checked ({reason}).</source>
      <translation>无法验证 TSA 在时间戳令牌上的签名（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>The TSA's signature on the token does not verify: the token was altered or forged.</source>
      <translation>TSA 在时间戳令牌上的签名验证失败：令牌已被篡改或伪造。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>The token stamps SHA-256 {stamped}, but the file's SHA-256 is {actual}: the file is not the one that was stamped.</source>
      <translation>时间戳令牌对应的 SHA-256 为 {stamped}，但文件的 SHA-256 为 {actual}：该文件不是加盖时间戳的那个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
      <source>The token stamps a {algorithm} hash, not a SHA-256 hash.</source>
      <translation>时间戳令牌对应的是 {algorithm} 哈希值，而不是 SHA-256 哈希值。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/tsa_tokens.py" />
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
      <source>{span} after import</source>
      <translation>导入后 {span}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} before the recorded capture time (the computer's clock was ahead)</source>
      <translation>比记录的取证时间早 {span}（本机时钟偏快）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} before the recorded import time (the computer's clock was ahead)</source>
      <translation>比记录的导入时间早 {span}（本机时钟偏快）</translation>
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
      <source>Which car is this about? It goes into the bundle for your lawyer. The registration number is optional.</source>
      <translation>这件事涉及哪辆车？车辆信息会印进交给律师的证据包。车牌号可以不填。</translation>
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
      <source>How does this case come out of screening? This is a working decision for the people handling the case, not a finding on the facts or the law. It is recorded in the custody log.</source>
      <translation>这个案件的筛查结果如何？这是经办人员的工作意见，不是对事实或法律的认定。结论将记入保管日志。</translation>
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
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>All {count} attached files have the SHA-256 and size the manifest lists.</source>
      <translation>全部 {count} 个附件文件的 SHA-256 和大小均与 manifest.json 所列一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>All {count} time-stamp tokens are intact and stamp the files they name, but {untrusted} of them come from an authority that is not trusted here.</source>
      <translation>全部 {count} 个时间戳令牌均完好，且与其所指文件相符，但其中 {untrusted} 个来自在本机不受信任的时间戳机构。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>All {count} time-stamp tokens are valid, stamp the files they name, and chain to a trusted root.</source>
      <translation>全部 {count} 个时间戳令牌均有效，与其所指文件相符，且可追溯到受信任的根证书。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>Data was appended after the last signature or time-stamp: the file was changed after it was signed.</source>
      <translation>在最后一个签名或时间戳之后追加了数据：文件在签名后被修改过。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>Document time-stamp by {tsa} at {time} is intact and covers the whole file.</source>
      <translation>{tsa} 于 {time} 加盖的文档时间戳完好，且覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>Document time-stamp by {tsa} at {time} is valid, covers the whole file, and its authority chains to the trusted root {root} (SHA-256 {fingerprint}).</source>
      <translation>{tsa} 于 {time} 加盖的文档时间戳有效，覆盖整个文件，且该时间戳机构可追溯到受信任的根证书 {root}（SHA-256 {fingerprint}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>Its authority {tsa} is not trusted here: the chain ends at {root}, SHA-256 fingerprint {fingerprint}.</source>
      <translation>其时间戳机构 {tsa} 在本机不受信任：其证书链终止于 {root}，SHA-256 指纹为 {fingerprint}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>No document time-stamp (PAdES B-B): the signing time comes from the signer's clock.</source>
      <translation>无文档时间戳（PAdES B-B）：签名时间取自签名人的时钟。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>No item carries a time-stamp token.</source>
      <translation>没有任何证据带有时间戳令牌。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>Signer {subject} ({fingerprint}): {problems}.</source>
      <translation>签名人 {subject}（{fingerprint}）：{problems}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint} (a self-made certificate, the same as the attached signer-cert.pem). It identifies who exported the bundle and needs no authority: compare the fingerprint with the one the owner gave you.</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}（自行生成的证书，与附件 signer-cert.pem 相同）。它用于识别证据包的导出人，无需任何机构背书：请将该指纹与车主提供给你的指纹相比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint}: the certificate given with --trust.</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}：即通过 --trust 指定的证书。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The PAdES signature ({subfilter}) is cryptographically valid; the signed bytes are unchanged.</source>
      <translation>PAdES 签名（{subfilter}）在密码学上有效；已签名的字节未被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The bundle carries no signature.</source>
      <translation>证据包没有签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The bundle carries {count} signatures; only one is expected.</source>
      <translation>证据包带有 {count} 个签名；应当只有一个。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The bundle has no custody-log.json.</source>
      <translation>证据包中没有 custody-log.json。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The bundle has no readable catalogue record.</source>
      <translation>证据包中没有可读取的证据目录记录。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The custody log chains from zero through {count} events to the printed head {head}.</source>
      <translation>保管日志自零起，经 {count} 条记录完整链接至所印的最新记录 {head}。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The custody log is empty.</source>
      <translation>保管日志为空。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>The document time-stamp by {tsa} does not verify or does not cover the whole file.</source>
      <translation>{tsa} 加盖的文档时间戳验证失败，或未覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>The document time-stamp cannot be checked ({reason}).</source>
      <translation>无法核验文档时间戳（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The document was changed after signing in a way PAdES does not allow ({level}).</source>
      <translation>文档在签名后被以 PAdES 不允许的方式修改（{level}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>The export recorded a document time-stamp, but the bundle has none: it was removed.</source>
      <translation>导出时记录了文档时间戳，但证据包中没有：该时间戳已被删除。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The manifest matches the printed catalogue ({count} items printed; withdrawn, so in the manifest but not printed: {numbers}).</source>
      <translation>manifest.json 与所印证据目录一致（目录列出 {count} 项证据；已撤回、仅见于 manifest.json 而未列入目录的：{numbers}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>The manifest matches the printed catalogue ({count} items).</source>
      <translation>manifest.json 与所印证据目录一致（{count} 项证据）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The signature covers the whole file.</source>
      <translation>签名覆盖整个文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The signature covers the whole file; anything after it is a PAdES-allowed update.</source>
      <translation>签名覆盖整个文件；其后的内容均为 PAdES 允许的更新。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>The signed bytes were changed after signing (the digest does not match).</source>
      <translation>已签名的字节在签名后被改动（摘要不符）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>The time-stamp authority {tsa} is not trusted here. Its certificate chain ends at {root}, SHA-256 fingerprint {fingerprint}. Check that fingerprint with the authority by another channel (its website, a phone call); if it matches, verify again with --trust and that root certificate (the bundle attaches it as tsa-root.pem), or add it to the trusted time-stamp roots in the app's settings.</source>
      <translation>时间戳机构 {tsa} 在本机不受信任。其证书链终止于 {root}，SHA-256 指纹为 {fingerprint}。请通过其他渠道（该机构官方网站、电话等）向该机构核对此指纹；如一致，可用 --trust 指定该根证书（证据包附件 tsa-root.pem）重新核验，或在本软件设置中将其加入受信任的时间戳根证书。</translation>
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
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>custody-log.json cannot be read ({reason}).</source>
      <translation>无法读取 custody-log.json（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>event {seq}: {what} (expected {expected}, found {found})</source>
      <translation>第 {seq} 条记录：{what}（应为 {expected}，实为 {found}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>manifest.json cannot be read ({reason}).</source>
      <translation>无法读取 manifest.json（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/__init__.py" />
      <source>manifest.json is not in the format {format}.</source>
      <translation>manifest.json 不是 {format} 格式。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>manifest.json is not the manifest the catalogue was printed from</source>
      <translation>manifest.json 并非生成所印证据目录时所依据的文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>signer-cert.pem is missing or unreadable</source>
      <translation>signer-cert.pem 缺失或无法读取</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>the catalogue lists other items than the manifest</source>
      <translation>证据目录所列证据与 manifest.json 不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>the log ends at {head}, not at the head the bundle prints</source>
      <translation>日志止于 {head}，而非证据包所印的最新记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>the manifest names another signer ({other})</source>
      <translation>manifest.json 载明的是另一签名人（{other}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>the printed custody head differs from the manifest's</source>
      <translation>所印的保管日志最新记录与 manifest.json 中的不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>the review entry at event {seq} is not what the custody log records</source>
      <translation>第 {seq} 条记录处的审核条目与保管日志所载不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>the signer is not one of the trusted certificates given with --trust</source>
      <translation>签名人不在通过 --trust 指定的受信任证书之列</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/signature.py" />
      <source>the signing certificate is not the attached signer-cert.pem ({attached})</source>
      <translation>签名证书不是所附的 signer-cert.pem（{attached}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} cannot be read ({reason})</source>
      <translation>无法读取 {name}（{reason}）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} has SHA-256 {actual}, the manifest says {expected}</source>
      <translation>{name} 的 SHA-256 为 {actual}，manifest.json 记载为 {expected}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} has no custody event storing it</source>
      <translation>{name} 没有对应的保管记录</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} is attached but not in the manifest</source>
      <translation>{name} 在附件中，但不在 manifest.json 中</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} is missing</source>
      <translation>{name} 缺失</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{name} is {actual} bytes, the manifest says {expected}</source>
      <translation>{name} 大小为 {actual} 字节，manifest.json 记载为 {expected}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>{name}: the token does not say which certificate signed it</source>
      <translation>{name}：时间戳令牌未载明由哪一证书签发</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/timestamps.py" />
      <source>{name}: the token or the file it stamps is missing</source>
      <translation>{name}：时间戳令牌或其对应的文件缺失</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{number}: the printed hashes differ from the manifest</source>
      <translation>{number}：所印哈希值与 manifest.json 不一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/bundle/verify/contents.py" />
      <source>{number}: withdrawn in one of the catalogue and the manifest only</source>
      <translation>{number}：证据目录与 manifest.json 中的撤回状态不一致</translation>
    </message>
  </context>
  <context>
    <name>VerifyChecks</name>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>A file's time-stamp does not match the file, or cannot be checked.</source>
      <translation>有文件的时间戳与该文件不符，或无法核验。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>A neutral time-stamp server confirmed when the bundle was signed, and the file is unchanged since.</source>
      <translation>中立的时间戳服务器证实了证据包的签名时间，此后文件没有改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>An original file is missing, extra, or not the same as when it was collected.</source>
      <translation>有原始文件缺失、多出，或与收集时不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Each file's time-stamp is valid</source>
      <translation>每个文件的时间戳有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Each file's time-stamp matches its file, but the authority that made them is not one you trust, so their times are not proven yet.</source>
      <translation>每个文件的时间戳都与该文件相符，但签发这些时间戳的机构不在你信任的范围内，因此其时间尚未得到证明。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Each original file attached to the bundle is exactly as it was when it was collected.</source>
      <translation>证据包附带的每个原始文件都与收集时完全一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Every original file matches its record</source>
      <translation>每个原始文件与登记一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Every recorded step (who did what, and when) is there, in order, and unchanged.</source>
      <translation>记录的每一步（谁在何时做了什么）都在，顺序正确，没有被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Every time-stamp on a file proves that this very file existed at that time.</source>
      <translation>每个文件上的时间戳都证明正是这个文件在当时已经存在。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>No file has a time-stamp</source>
      <translation>文件未加时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>No file was time-stamped by a neutral server when it was collected.</source>
      <translation>收集文件时没有由中立的服务器加盖时间戳。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>No trusted time-stamp</source>
      <translation>未加可信时间戳</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Not an evidence bundle</source>
      <translation>不是证据包</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Nothing was changed after signing</source>
      <translation>签名后文件未被改动</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Signed by {name}; to be sure it was them, compare the fingerprint in the technical details with the one they gave you.</source>
      <translation>由{name}签名；如需确认确实是本人，请把技术细节中的指纹与对方给你的指纹比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; the same certificate is attached to the bundle).</source>
      <translation>签名人 {subject}，SHA-256 指纹 {fingerprint}（自签名；与证据包中附带的证书相同）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Something was added to the file or changed in it after it was signed.</source>
      <translation>文件在签名后被添加或改动了内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Steps of the custody log are missing, out of order, or were changed.</source>
      <translation>保管日志中有步骤缺失、顺序错乱或被改动。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The bundle carries its signer's digital signature, and what was signed is exactly as it was.</source>
      <translation>证据包带有签名人的数字签名，签名的内容与签名时完全一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The bundle is damaged</source>
      <translation>证据包已损坏</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The bundle was signed with the key it names; to be sure who signed it, compare the fingerprint in the technical details with the one the signer gave you.</source>
      <translation>证据包是用其中登记的密钥签名的；如需确认签名人，请把技术细节中的指纹与签名人给你的指纹比对。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The bundle's time comes from the signer's computer clock, not from a neutral time-stamp server.</source>
      <translation>证据包上的时间取自签名人电脑的时钟，而不是中立的时间戳服务器。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The check could not be finished</source>
      <translation>无法完成核验</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The check stopped on this file; it is probably damaged.</source>
      <translation>核验在此文件上中断；文件可能已损坏。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The custody log is complete</source>
      <translation>保管日志完整</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The file cannot be opened</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The files' time-stamps come from an authority not trusted here</source>
      <translation>文件的时间戳来自不受信任的机构</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The key that signed the bundle is not the one the bundle names.</source>
      <translation>签名所用的密钥不是证据包中登记的那一把。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The list of evidence printed in the bundle does not match the files attached to it.</source>
      <translation>证据包中印出的证据目录与所附文件不一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The list of evidence printed in the bundle matches the files attached to it.</source>
      <translation>证据包中印出的证据目录与所附文件一致。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The printed list matches the attached files</source>
      <translation>证据目录与所附文件一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The signature covers the whole file; nothing was added or changed afterwards.</source>
      <translation>签名覆盖整个文件；签名后没有添加或改动任何内容。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The signature does not match the content: the bundle was changed after it was signed, or it is not signed.</source>
      <translation>签名与内容不符：证据包在签名后被改动过，或者没有签名。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The signature is valid</source>
      <translation>签名有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The signer is the one the bundle names</source>
      <translation>签名人与登记的一致</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The time-stamp is intact, but the authority that made it is not one you trust, so the time it states is not proven. Check its fingerprint with the authority; if it matches, trust it.</source>
      <translation>时间戳完好，但签发它的机构不在你信任的范围内，因此其所载时间尚未得到证明。请向该机构核对指纹；如一致，即可信任该机构。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The time-stamp's authority is not trusted here</source>
      <translation>时间戳机构在本机不受信任</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The trusted time-stamp is missing, was removed, or does not match the file.</source>
      <translation>可信时间戳缺失、被删除，或与文件不符。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>The trusted time-stamp is valid</source>
      <translation>可信时间戳有效</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>This PDF is damaged or cut short, so it cannot be checked. Ask the sender for the file again.</source>
      <translation>此 PDF 已损坏或不完整，无法核验。请向发送人重新索取该文件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>This file cannot be opened: check that it is still there and that you may read it.</source>
      <translation>无法打开此文件：请确认文件还在原处，并且你有权限读取。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>This file is not a PDF evidence bundle (or it is damaged).</source>
      <translation>此文件不是 PDF 证据包（或已损坏）。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/words.py" />
      <source>Time-stamp authority {tsa}; its root certificate {root} has the SHA-256 fingerprint {fingerprint}.</source>
      <translation>时间戳机构 {tsa}；其根证书 {root} 的 SHA-256 指纹为 {fingerprint}。</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{amber}'&gt;&lt;b&gt;! {name} is intact, but its time is not proven:&lt;/b&gt;&lt;/span&gt; the time-stamp comes from {authority}, an authority you do not trust yet. Its root certificate's SHA-256 fingerprint:{fingerprint}Check it with the authority itself (its website, or ask it); if it matches, trust it.</source>
      <translation>&lt;span style='color:{amber}'&gt;&lt;b&gt;! {name} 完好无损，但其时间尚未得到证明：&lt;/b&gt;&lt;/span&gt;时间戳由 {authority} 签发，你尚未信任该机构。其根证书的 SHA-256 指纹：{fingerprint}请向该机构本身（其官方网站，或直接询问该机构）核对；如一致，即可信任该机构。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{amber}'&gt;&lt;b&gt;{count} of {total} bundles are intact, but their time-stamp authority is not trusted here.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:{amber}'&gt;&lt;b&gt;{total} 个证据包中有 {count} 个完好无损，但其时间戳机构在本机不受信任。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{green}'&gt;&lt;b&gt;✓ All {total} bundles are intact.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:{green}'&gt;&lt;b&gt;✓ 全部 {total} 个证据包均完好无损。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{green}'&gt;&lt;b&gt;✓ {name} is intact:&lt;/b&gt; it is signed, and nothing in it was changed since.&lt;/span&gt;</source>
      <translation>&lt;span style='color:{green}'&gt;&lt;b&gt;✓ {name} 完好无损：&lt;/b&gt;它带有签名，签名后没有任何改动。&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{red}'&gt;&lt;b&gt;{bad} of {total} bundles failed the check.&lt;/b&gt;&lt;/span&gt;</source>
      <translation>&lt;span style='color:{red}'&gt;&lt;b&gt;{total} 个证据包中有 {bad} 个未通过核验。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ This file could not be checked:&lt;/b&gt;&lt;/span&gt; {reason}</source>
      <translation>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ 无法核验此文件：&lt;/b&gt;&lt;/span&gt;{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ {name} failed the check:&lt;/b&gt;&lt;/span&gt; {reason} Do not rely on it; ask the sender for the original.</source>
      <translation>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ {name} 未通过核验：&lt;/b&gt;&lt;/span&gt;{reason}请不要依赖此文件，请向发送人索取原件。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ {name}:&lt;/b&gt;&lt;/span&gt; {reason}</source>
      <translation>&lt;span style='color:{red}'&gt;&lt;b&gt;✗ {name}：&lt;/b&gt;&lt;/span&gt;{reason}</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Checking the bundles in {name}…</source>
      <translation>正在核验 {name} 中的证据包…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Checking {name}…</source>
      <translation>正在核验 {name}…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Choose a bundle (PDF)</source>
      <translation>选择证据包（PDF）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Choose a folder of bundles</source>
      <translation>选择存放证据包的文件夹</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Choose a folder…</source>
      <translation>选择文件夹…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Drop a bundle (PDF) or a folder of bundles here to check them</source>
      <translation>将证据包（PDF）或存放证据包的文件夹拖放到此处进行核验</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Hide the technical details</source>
      <translation>隐藏技术细节</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Or choose a file…</source>
      <translation>或选择文件…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Select one to see why.</source>
      <translation>选择其中一个即可查看原因。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Show the technical details (for your lawyer)</source>
      <translation>显示技术细节（供律师查看）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/dialog.py" />
      <source>Verify a bundle</source>
      <translation>验证证据包</translation>
    </message>
  </context>
  <context>
    <name>VerifyTrust</name>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>I checked it: trust it</source>
      <translation>我已核对，信任该机构</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>Trust only an authority whose fingerprint you have checked with the authority itself (its website, or by asking it), never only with the bundle. From then on, every time-stamp that leads to this root counts as proven on this computer.</source>
      <translation>只应信任你已向该机构本身（其官方网站，或直接询问该机构）核对过指纹的时间戳机构，不能仅凭证据包本身判断。信任之后，凡可追溯到该根证书的时间戳，在本机均视为已证明其时间。</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>Trust this authority…</source>
      <translation>信任该机构…</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>Trust this time-stamp authority?</source>
      <translation>信任该时间戳机构？</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/verify/trust.py" />
      <source>{name}
Root certificate: {root}
SHA-256 fingerprint:
{fingerprint}</source>
      <translation>{name}
根证书：{root}
SHA-256 指纹：
{fingerprint}</translation>
    </message>
  </context>
  <context>
    <name>VideoView</name>
    <message>
      <location filename="../../evidence_app/ui/item/video_view.py" />
      <source>Drag to move through the recording</source>
      <translation>拖动可跳到录像的任意位置</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/video_view.py" />
      <source>Play / pause</source>
      <translation>播放 / 暂停</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/item/video_view.py" />
      <source>This video cannot be played on this computer: the file is damaged or in a format that cannot be decoded here. The stored file is kept unchanged.</source>
      <translation>这段视频无法在这台电脑上播放：文件已损坏，或格式在这里无法解码。已保存的文件原样保留，没有任何改动。</translation>
    </message>
  </context>
  <context>
    <name>WhatPage</name>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>A few sentences in your own words are enough; they go into the bundle for your lawyer as your account of what happened. You can add to it later.</source>
      <translation>用你自己的话写几句就够了；这段经过会作为你的陈述印进交给律师的证据包。以后还可以补充。</translation>
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
      <source>Who is attacking you, if known</source>
      <translation>攻击你的人（如已知）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>e.g. Rumours about my car on Weibo</source>
      <translation>例如：微博上关于我的车的谣言</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>e.g. Weibo user @name (UID 7788990011)</source>
      <translation>例如：微博用户 @昵称（UID 7788990011）</translation>
    </message>
    <message>
      <location filename="../../evidence_app/ui/wizard.py" />
      <source>e.g. early January 2025</source>
      <translation>例如：2025年1月初</translation>
    </message>
  </context>
</TS>
