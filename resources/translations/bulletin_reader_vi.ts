<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="89" />
        <source>Article library</source>
        <translation>Thư viện bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="91" />
        <source>Articles in the library, newest first. Press Enter or select to read one.</source>
        <translation>Các bài viết trong thư viện, mới nhất ở trên. Nhấn Enter hoặc chọn một bài để đọc.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="96" />
        <source>&amp;Articles</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="105" />
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="107" />
        <source>The article text. Use the arrow keys to move through it; Tab leaves it.</source>
        <translation>Nội dung bài viết. Dùng các phím mũi tên để di chuyển; phím Tab để rời khỏi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="131" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="133" />
        <source>Messages about the library and the open article</source>
        <translation>Thông báo về thư viện và bài viết đang mở</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="146" />
        <source>Settings problem: {0}</source>
        <translation>Lỗi cài đặt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="161" />
        <source>Photo not available in this copy</source>
        <translation>Ảnh không có trong bản lưu này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="162" />
        <source>Image cannot be shown: {reason}</source>
        <translation>Không hiển thị được ảnh: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="163" />
        <source>By {author}</source>
        <translation>Tác giả: {author}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="164" />
        <source>This article cannot be shown</source>
        <translation>Không thể hiển thị bài viết này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="165" />
        <source>Image description: {alt}</source>
        <translation>Mô tả ảnh: {alt}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="202" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="190" />
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="203" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="197" />
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="189" />
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="196" />
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="205" />
        <source>Normal size</source>
        <translation>Cỡ chữ thường</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="205" />
        <source>Normal text size (100%)</source>
        <translation>Cỡ chữ bình thường (100%)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="209" />
        <source>&amp;Open article…</source>
        <translation>&amp;Mở bài viết…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="209" />
        <source>Open an article file</source>
        <translation>Mở một tệp bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="213" />
        <source>Open &amp;folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="213" />
        <source>Open a folder of articles</source>
        <translation>Mở một thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="217" />
        <source>&amp;Reload library</source>
        <translation>&amp;Tải lại thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="217" />
        <source>Read the article folder again</source>
        <translation>Đọc lại thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="221" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="221" />
        <source>Close Bulletin Reader</source>
        <translation>Đóng Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="225" />
        <source>Go to &amp;library</source>
        <translation>Đến &amp;thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="225" />
        <source>Move to the list of articles</source>
        <translation>Chuyển đến danh sách bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="229" />
        <source>Go to &amp;article</source>
        <translation>Đến &amp;bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="229" />
        <source>Move to the article text</source>
        <translation>Chuyển đến nội dung bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="233" />
        <source>Next pane</source>
        <translation>Vùng tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="233" />
        <source>Move between the library and the article</source>
        <translation>Chuyển qua lại giữa thư viện và bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="237" />
        <source>Next &amp;colour theme</source>
        <translation>&amp;Bảng màu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="238" />
        <source>Switch to the next colour theme: light, dark, sepia, high contrast</source>
        <translation>Chuyển sang bảng màu tiếp theo: sáng, tối, nâu nhạt, tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="244" />
        <source>Follow the desktop</source>
        <translation>Theo màn hình nền</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="245" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="246" />
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="247" />
        <source>Sepia</source>
        <translation>Nâu nhạt (sepia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="248" />
        <source>High contrast (light on black)</source>
        <translation>Tương phản cao (chữ sáng trên nền đen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256" />
        <source>List every keyboard shortcut</source>
        <translation>Liệt kê mọi phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="260" />
        <source>&amp;About Bulletin Reader</source>
        <translation>&amp;Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="260" />
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="266" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="271" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="274" />
        <source>Colour &amp;theme</source>
        <translation>&amp;Bảng màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="282" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="286" />
        <location filename="../../reader/ui/main_window.py" line="289" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290" />
        <source>Make the article text larger or smaller</source>
        <translation>Phóng to hoặc thu nhỏ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="306" />
        <source>More text-size controls</source>
        <translation>Thêm nút cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="307" />
        <source>Shows the controls that do not fit</source>
        <translation>Hiện các nút không vừa trên thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="348" />
        <source>Colour theme: {0}</source>
        <translation>Bảng màu: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="352" />
        <source>Text size {0}%</source>
        <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="362" />
        <source>Text size: {0}%</source>
        <translation>Cỡ chữ: {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="364" />
        <source>The current size of the article text, from 50% to 400%</source>
        <translation>Cỡ chữ hiện tại của bài viết, từ 50% đến 400%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="386" />
        <source>Reading the library…</source>
        <translation>Đang đọc thư viện…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="399" />
        <source>No articles found in {0}</source>
        <translation>Không tìm thấy bài viết nào trong {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="402" />
        <source>This folder holds no articles (.md files).</source>
        <translation>Thư mục này không có bài viết nào (tệp .md).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="405" />
        <source>{0} articles</source>
        <translation>{0} bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="407" />
        <source>{0} cannot be opened (marked ⚠)</source>
        <translation>{0} bài không mở được (đánh dấu ⚠)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="445" />
        <source>Opened with {0} problem(s): {1}</source>
        <translation>Đã mở, có {0} lỗi: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="466" />
        <source>Open article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="467" />
        <source>Articles (*.md);;All files (*)</source>
        <translation>Bài viết (*.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="474" />
        <source>Open folder of articles</source>
        <translation>Mở thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="493" />
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="494" />
        <source>Open this link in your web browser?

{0}</source>
        <translation>Mở liên kết này bằng trình duyệt web?

{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="504" />
        <location filename="../../reader/ui/main_window.py" line="506" />
        <source>Link not opened: {0}</source>
        <translation>Không mở liên kết: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="516" />
        <source>No more headings below</source>
        <translation>Không còn tiêu đề nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="517" />
        <source>No more headings above</source>
        <translation>Không còn tiêu đề nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="518" />
        <source>No more images below</source>
        <translation>Không còn ảnh nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="519" />
        <source>No more images above</source>
        <translation>Không còn ảnh nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="526" />
        <source>Next heading / previous heading (in the article)</source>
        <translation>Tiêu đề kế tiếp / tiêu đề trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="527" />
        <source>Next image / previous image (in the article)</source>
        <translation>Ảnh kế tiếp / ảnh trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528" />
        <source>Larger / smaller text</source>
        <translation>Chữ to hơn / nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528" />
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+con lăn chuột</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="529" />
        <source>Leave the article</source>
        <translation>Rời khỏi bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="539" />
        <source>About Bulletin Reader</source>
        <translation>Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="541" />
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
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="25" />
        <location filename="../../reader/ui/shortcuts_dialog.py" line="34" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="33" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="33" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="35" />
        <source>Each action and the keys that do it</source>
        <translation>Mỗi thao tác và các phím thực hiện nó</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="52" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
</TS>