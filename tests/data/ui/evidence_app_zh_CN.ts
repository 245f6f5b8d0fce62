<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Your cases</source>
        <translation>你的案件</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
</context>
</TS>
