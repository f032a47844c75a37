<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="87" />
        <source>Article library</source>
        <translation>Thư viện bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="89" />
        <source>Articles in the library, newest first. Press Enter or select to read one.</source>
        <translation>Các bài viết trong thư viện, mới nhất ở trên. Nhấn Enter hoặc chọn một bài để đọc.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="94" />
        <source>&amp;Articles</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="103" />
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="105" />
        <source>The article text. Use the arrow keys to move through it; Tab leaves it.</source>
        <translation>Nội dung bài viết. Dùng các phím mũi tên để di chuyển; phím Tab để rời khỏi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="128" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="130" />
        <source>Messages about the library and the open article</source>
        <translation>Thông báo về thư viện và bài viết đang mở</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="143" />
        <source>Settings problem: {0}</source>
        <translation>Lỗi cài đặt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="158" />
        <source>Photo not available in this copy</source>
        <translation>Ảnh không có trong bản lưu này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="159" />
        <source>Image cannot be shown: {reason}</source>
        <translation>Không hiển thị được ảnh: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="160" />
        <source>By {author}</source>
        <translation>Tác giả: {author}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="161" />
        <source>This article cannot be shown</source>
        <translation>Không thể hiển thị bài viết này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="162" />
        <source>Image description: {alt}</source>
        <translation>Mô tả ảnh: {alt}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="186" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="187" />
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="193" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="194" />
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="199" />
        <source>Normal size</source>
        <translation>Cỡ chữ thường</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="199" />
        <source>Normal text size (100%)</source>
        <translation>Cỡ chữ bình thường (100%)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="203" />
        <source>&amp;Open article…</source>
        <translation>&amp;Mở bài viết…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="203" />
        <source>Open an article file</source>
        <translation>Mở một tệp bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="207" />
        <source>Open &amp;folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="207" />
        <source>Open a folder of articles</source>
        <translation>Mở một thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="211" />
        <source>&amp;Reload library</source>
        <translation>&amp;Tải lại thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="211" />
        <source>Read the article folder again</source>
        <translation>Đọc lại thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="215" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="215" />
        <source>Close Bulletin Reader</source>
        <translation>Đóng Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="219" />
        <source>Go to &amp;library</source>
        <translation>Đến &amp;thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="219" />
        <source>Move to the list of articles</source>
        <translation>Chuyển đến danh sách bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="223" />
        <source>Go to &amp;article</source>
        <translation>Đến &amp;bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="223" />
        <source>Move to the article text</source>
        <translation>Chuyển đến nội dung bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227" />
        <source>Next pane</source>
        <translation>Vùng tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227" />
        <source>Move between the library and the article</source>
        <translation>Chuyển qua lại giữa thư viện và bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="231" />
        <source>Next &amp;colour theme</source>
        <translation>&amp;Bảng màu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="232" />
        <source>Switch to the next colour theme: light, dark, sepia, high contrast</source>
        <translation>Chuyển sang bảng màu tiếp theo: sáng, tối, nâu nhạt, tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="238" />
        <source>Follow the desktop</source>
        <translation>Theo màn hình nền</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="239" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240" />
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="241" />
        <source>Sepia</source>
        <translation>Nâu nhạt (sepia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="242" />
        <source>High contrast (light on black)</source>
        <translation>Tương phản cao (chữ sáng trên nền đen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="250" />
        <source>&amp;About Bulletin Reader</source>
        <translation>&amp;Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="250" />
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="264" />
        <source>Colour &amp;theme</source>
        <translation>&amp;Bảng màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="275" />
        <location filename="../../reader/ui/main_window.py" line="278" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279" />
        <source>Make the article text larger or smaller</source>
        <translation>Phóng to hoặc thu nhỏ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="333" />
        <source>Colour theme: {0}</source>
        <translation>Bảng màu: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="337" />
        <source>Text size {0}%</source>
        <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="347" />
        <source>Text size: {0}%</source>
        <translation>Cỡ chữ: {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="349" />
        <source>The current size of the article text, from 50% to 400%</source>
        <translation>Cỡ chữ hiện tại của bài viết, từ 50% đến 400%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="371" />
        <source>Reading the library…</source>
        <translation>Đang đọc thư viện…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="384" />
        <source>No articles found in {0}</source>
        <translation>Không tìm thấy bài viết nào trong {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="387" />
        <source>This folder holds no articles (.md files).</source>
        <translation>Thư mục này không có bài viết nào (tệp .md).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="390" />
        <source>{0} articles</source>
        <translation>{0} bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="392" />
        <source>{0} cannot be opened (marked ⚠)</source>
        <translation>{0} bài không mở được (đánh dấu ⚠)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="430" />
        <source>Opened with {0} problem(s): {1}</source>
        <translation>Đã mở, có {0} lỗi: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="451" />
        <source>Open article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="452" />
        <source>Articles (*.md);;All files (*)</source>
        <translation>Bài viết (*.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="459" />
        <source>Open folder of articles</source>
        <translation>Mở thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="478" />
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="479" />
        <source>Open this link in your web browser?

{0}</source>
        <translation>Mở liên kết này bằng trình duyệt web?

{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="489" />
        <location filename="../../reader/ui/main_window.py" line="491" />
        <source>Link not opened: {0}</source>
        <translation>Không mở liên kết: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="502" />
        <source>About Bulletin Reader</source>
        <translation>Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="504" />
        <source>Bulletin Reader {0}

An accessible, offline reader for news bulletins.
Reading font: Be Vietnam Pro (SIL Open Font License 1.1).</source>
        <translation>Bulletin Reader {0}

Trình đọc bản tin ngoại tuyến, dễ tiếp cận cho mọi người.
Phông chữ đọc: Be Vietnam Pro (Giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="15" />
        <source>The file no longer exists.</source>
        <translation>Tệp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="17" />
        <source>The file cannot be read: {0}</source>
        <translation>Không đọc được tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="19" />
        <source>The file is too large to open as an article (over 5 MB).</source>
        <translation>Tệp quá lớn để mở như một bài viết (trên 5 MB).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="21" />
        <source>This is not a text file, so it cannot be shown as an article.</source>
        <translation>Đây không phải tệp văn bản nên không thể hiển thị như một bài viết.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25" />
        <source>The text is not in UTF-8 encoding. Save it as UTF-8, or import it.</source>
        <translation>Văn bản không ở mã UTF-8. Hãy lưu lại ở dạng UTF-8, hoặc nhập (import) tệp này.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="29" />
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="32" />
        <source>The article's front matter is broken: {0}</source>
        <translation>Phần đầu (front matter) của bài viết bị lỗi: {0}</translation>
    </message>
</context>
</TS>