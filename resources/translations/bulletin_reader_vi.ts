<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="119"/>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="120"/>
        <source>Kiosk administration</source>
        <translation>Quản trị kiosk</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="122"/>
        <source>Config: none given; the built-in defaults apply.</source>
        <translation>Cấu hình: không có; dùng các giá trị mặc định sẵn có.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="124"/>
        <source>Config: {0}</source>
        <translation>Cấu hình: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="127"/>
        <source>&amp;Problems in the config ({0}); each value named keeps its default:</source>
        <translation>&amp;Các lỗi trong cấu hình ({0}); mỗi giá trị được nêu giữ mặc định của nó:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="131"/>
        <source>The config has no problems.</source>
        <translation>Cấu hình không có lỗi nào.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="134"/>
        <source>Error log: none.</source>
        <translation>Nhật ký lỗi: không có.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="136"/>
        <source>Error log: {0}</source>
        <translation>Nhật ký lỗi: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="140"/>
        <source>&amp;Reload library</source>
        <translation>Tải &amp;lại thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="141"/>
        <source>E&amp;xit kiosk</source>
        <translation>T&amp;hoát kiosk</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="142"/>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/admin_screen.py" line="144"/>
        <source>Reading the library folders again.</source>
        <translation>Đang đọc lại các thư mục thư viện.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article_view.py" line="523"/>
        <source>Article menu</source>
        <translation>Menu bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="524"/>
        <source>Copy, select, and read aloud</source>
        <translation>Sao chép, chọn và đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="525"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="532"/>
        <source>Copy &amp;link address</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="535"/>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="540"/>
        <source>&amp;Read aloud from here</source>
        <translation>Đọc to từ đâ&amp;y</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="545"/>
        <source>Read the &amp;selection</source>
        <translation>Đọc đoạn đã &amp;chọn</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../reader/ui/kiosk/attract.py" line="77"/>
        <source>Latest bulletins</source>
        <translation>Bản tin mới nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/attract.py" line="78"/>
        <source>Touch the screen or press a key to read</source>
        <translation>Chạm vào màn hình hoặc nhấn một phím để đọc</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="38"/>
        <location filename="../../reader/ui/bookmarks.py" line="39"/>
        <source>Add bookmark</source>
        <translation>Thêm dấu trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="40"/>
        <source>Bookmark at this sentence:</source>
        <translation>Đặt dấu trang ở câu này:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="48"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="50"/>
        <source>Optional. Enter saves the bookmark, Escape cancels.</source>
        <translation>Không bắt buộc. Enter để lưu dấu trang, Escape để hủy.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="52"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="61"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="80"/>
        <source>Note: {0}</source>
        <translation>Ghi chú: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="94"/>
        <location filename="../../reader/ui/bookmarks.py" line="100"/>
        <source>Bookmarks</source>
        <translation>Dấu trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="102"/>
        <source>Enter opens the article at the sentence; Delete removes the bookmark (Ctrl+Z brings it back).</source>
        <translation>Enter mở bài viết tại câu đã đánh dấu; Delete xóa dấu trang (Ctrl+Z để lấy lại).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="108"/>
        <source>&amp;Bookmarks:</source>
        <translation>&amp;Dấu trang:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="110"/>
        <source>No bookmarks yet: Ctrl+B adds one.</source>
        <translation>Chưa có dấu trang nào: bấm Ctrl+B để thêm.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="113"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="115"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="117"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="121"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="175"/>
        <source>Bookmark removed. Ctrl+Z brings it back.</source>
        <translation>Đã xóa dấu trang. Bấm Ctrl+Z để lấy lại.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="181"/>
        <source>Bookmark restored.</source>
        <translation>Đã khôi phục dấu trang.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../../reader/ui/kiosk/countdown.py" line="59"/>
        <source>Touch to keep reading</source>
        <translation>Chạm để tiếp tục đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/countdown.py" line="61"/>
        <source>In {0} seconds the screen goes back to the start for the next reader.</source>
        <translation>Sau {0} giây, màn hình sẽ trở về trang đầu cho người đọc tiếp theo.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../reader/ui/kiosk/home.py" line="209"/>
        <source>Latest bulletins</source>
        <translation>Bản tin mới nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/home.py" line="212"/>
        <source>No bulletins yet. New ones appear here by themselves.</source>
        <translation>Chưa có bản tin nào. Bản tin mới sẽ tự hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/home.py" line="213"/>
        <source>Bulletins</source>
        <translation>Các bản tin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/home.py" line="215"/>
        <source>Newest first. Tap one, or press Enter, to read it.</source>
        <translation>Mới nhất ở trên cùng. Chạm vào một bản tin, hoặc nhấn Enter, để đọc.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../reader/ui/import_report.py" line="40"/>
        <source>not a text scrape or a web page (.txt, no extension, .html, .htm)</source>
        <translation>không phải bản văn bản lấy từ cổng tin hay trang web (.txt, không đuôi, .html, .htm)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="43"/>
        <source>a single-file web archive (MHTML) is not supported; save the page as HTML</source>
        <translation>chưa hỗ trợ tệp lưu trữ web một tệp (MHTML); hãy lưu trang dưới dạng HTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="47"/>
        <source>{0} was just written from {1} (same date and title, different text)</source>
        <translation>{0} vừa được ghi từ {1} (cùng ngày và tiêu đề, khác nội dung)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="51"/>
        <source>{0} was edited after it was imported, so it was not replaced</source>
        <translation>{0} đã được sửa sau khi nhập nên không bị thay thế</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="54"/>
        <source>{0} was not written by the importer, so it was not replaced</source>
        <translation>{0} không do chức năng nhập tạo ra nên không bị thay thế</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="58"/>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="59"/>
        <source>cannot read the file ({0})</source>
        <translation>không đọc được tệp ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="60"/>
        <source>this is not a regular file</source>
        <translation>đây không phải tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="61"/>
        <source>the file is {0} MB; the limit is {1} MB</source>
        <translation>tệp nặng {0} MB; giới hạn là {1} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="62"/>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="63"/>
        <source>this is a binary file, not text</source>
        <translation>đây là tệp nhị phân, không phải văn bản</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="64"/>
        <source>the text encoding could not be recognised (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)</source>
        <translation>không nhận ra bảng mã của văn bản (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="69"/>
        <source>the text is empty</source>
        <translation>văn bản rỗng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="70"/>
        <source>no article text was found (only portal boilerplate)</source>
        <translation>không tìm thấy nội dung bài (chỉ có phần khung của cổng tin)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="73"/>
        <source>no article text was found (no paragraph of prose)</source>
        <translation>không tìm thấy nội dung bài (không có đoạn văn nào)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="76"/>
        <source>the page has no readable HTML</source>
        <translation>trang không có HTML đọc được</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="77"/>
        <source>the page is nested too deeply to be read</source>
        <translation>trang lồng quá sâu, không đọc được</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="78"/>
        <source>no article text was found in the page</source>
        <translation>không tìm thấy nội dung bài trong trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="81"/>
        <source>no article text was found in the page (no paragraph of prose)</source>
        <translation>không tìm thấy nội dung bài trong trang (không có đoạn văn nào)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="85"/>
        <source>cannot fetch {0}: not an http or https address</source>
        <translation>không tải được {0}: không phải địa chỉ http hay https</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="88"/>
        <source>cannot fetch {0}: timed out</source>
        <translation>không tải được {0}: quá thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="89"/>
        <source>cannot fetch {0}: timed out looking up the server name {1}</source>
        <translation>không tải được {0}: quá thời gian chờ khi tra tên máy chủ {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="92"/>
        <source>cannot fetch {0}: the server name was not found</source>
        <translation>không tải được {0}: không tìm thấy tên máy chủ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="95"/>
        <source>cannot fetch {0}: the connection was refused</source>
        <translation>không tải được {0}: kết nối bị từ chối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="98"/>
        <source>cannot fetch {0}: the server closed the connection</source>
        <translation>không tải được {0}: máy chủ đã đóng kết nối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="101"/>
        <source>cannot fetch {0}: HTTP {1} {2}</source>
        <translation>không tải được {0}: HTTP {1} {2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="102"/>
        <source>cannot fetch {0}: not a web page ({1})</source>
        <translation>không tải được {0}: không phải trang web ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="105"/>
        <source>cannot fetch {0}: the page is over {1} MB</source>
        <translation>không tải được {0}: trang nặng hơn {1} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="108"/>
        <source>cannot fetch {0}: secure connection failed ({1})</source>
        <translation>không tải được {0}: kết nối bảo mật thất bại ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="111"/>
        <source>cannot fetch {0}: bad answer from the server ({1})</source>
        <translation>không tải được {0}: máy chủ trả lời không hợp lệ ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="114"/>
        <source>cannot fetch {0}: {1}</source>
        <translation>không tải được {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="116"/>
        <source>{0} is not a regular file; not replaced</source>
        <translation>{0} không phải tệp thông thường; không thay thế</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="119"/>
        <source>cannot read {0} ({1})</source>
        <translation>không đọc được {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="120"/>
        <source>cannot back up {0} ({1})</source>
        <translation>không sao lưu được {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="121"/>
        <source>cannot write {0} ({1})</source>
        <translation>không ghi được {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="122"/>
        <source>internal error: {0}</source>
        <translation>lỗi nội bộ: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="133"/>
        <source>no title line was found</source>
        <translation>không tìm thấy dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="134"/>
        <source>no publication date was found</source>
        <translation>không tìm thấy ngày đăng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="135"/>
        <source>the title was taken from the first sentence</source>
        <translation>tiêu đề được lấy từ câu đầu tiên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="139"/>
        <source>1 image on the web, not downloaded (caption kept)</source>
        <translation>1 ảnh trên mạng, không tải về (giữ chú thích)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="140"/>
        <source>{0} images on the web, not downloaded (caption kept)</source>
        <translation>{0} ảnh trên mạng, không tải về (giữ chú thích)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="143"/>
        <source>1 image embedded in the page, not kept (caption kept)</source>
        <translation>1 ảnh nhúng trong trang, không giữ (giữ chú thích)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="144"/>
        <source>{0} images embedded in the page, not kept (caption kept)</source>
        <translation>{0} ảnh nhúng trong trang, không giữ (giữ chú thích)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="147"/>
        <source>1 image outside the page&apos;s folder, refused</source>
        <translation>1 ảnh nằm ngoài thư mục của trang, bị từ chối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="148"/>
        <source>{0} images outside the page&apos;s folder, refused</source>
        <translation>{0} ảnh nằm ngoài thư mục của trang, bị từ chối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="151"/>
        <source>1 image not found beside the page</source>
        <translation>1 ảnh không có bên cạnh trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="152"/>
        <source>{0} images not found beside the page</source>
        <translation>{0} ảnh không có bên cạnh trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="155"/>
        <source>1 image not image files (or too large)</source>
        <translation>1 ảnh không phải tệp ảnh (hoặc quá lớn)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="156"/>
        <source>{0} images not image files (or too large)</source>
        <translation>{0} ảnh không phải tệp ảnh (hoặc quá lớn)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="191"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="192"/>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="193"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="194"/>
        <source>replaced; backup {0}</source>
        <translation>đã thay thế; bản sao lưu {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="200"/>
        <source>moved from {0}</source>
        <translation>chuyển từ {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="203"/>
        <source>, decomposed letters recomposed (NFC)</source>
        <translation>, đã ghép lại chữ có dấu bị tách (NFC)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="205"/>
        <source>{0} paragraphs, {1} headings, {2} captions</source>
        <translation>{0} đoạn, {1} tiêu đề mục, {2} chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="211"/>
        <source>1 image</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="213"/>
        <source>{0} images</source>
        <translation>{0} ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="219"/>
        <source>note: {0}</source>
        <translation>lưu ý: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="237"/>
        <source>ok: {0} -&gt; {1} ({2})</source>
        <translation>xong: {0} -&gt; {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="240"/>
        <source>ok: {0}: {1}</source>
        <translation>xong: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="243"/>
        <source>skipped: {0}: {1}</source>
        <translation>bỏ qua: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="245"/>
        <source>failed: {0}: {1}</source>
        <translation>lỗi: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="253"/>
        <source>import: {0} ok, {1} skipped, {2} failed</source>
        <translation>nhập: {0} xong, {1} bỏ qua, {2} lỗi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="299"/>
        <location filename="../../reader/ui/import_report.py" line="307"/>
        <source>Import report</source>
        <translation>Báo cáo nhập bài</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="311"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="331"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="333"/>
        <source>The article text. Use the arrow keys to move through it; Tab leaves it.</source>
        <translation>Nội dung bài viết. Dùng các phím mũi tên để di chuyển; phím Tab để rời khỏi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="335"/>
        <source>Reading controls</source>
        <translation>Nút điều khiển đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="336"/>
        <source>Scrolling</source>
        <translation>Cuộn trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="337"/>
        <source>Text size, colours and language</source>
        <translation>Cỡ chữ, màu sắc và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/window.py" line="338"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>LibraryFoldersPage</name>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="36"/>
        <source>Library folders</source>
        <translation>Các thư mục thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="38"/>
        <source>Folders listed with the bundled articles and your library</source>
        <translation>Các thư mục được liệt kê cùng các bài có sẵn và thư viện của bạn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="40"/>
        <source>Library &amp;folders</source>
        <translation>&amp;Các thư mục thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="43"/>
        <source>Articles in these folders are listed and searched with the others.</source>
        <translation>Bài viết trong các thư mục này được liệt kê và tìm kiếm cùng các bài khác.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="46"/>
        <source>Add f&amp;older…</source>
        <translation>Bổ s&amp;ung thư mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="48"/>
        <source>Re&amp;move folder</source>
        <translation>&amp;Xoá thư mục khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="50"/>
        <source>Stop listing the selected folder</source>
        <translation>Thôi liệt kê thư mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders_page.py" line="59"/>
        <source>Add a folder of articles</source>
        <translation>Thêm một thư mục bài viết</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library_model.py" line="54"/>
        <source>File: {0}</source>
        <translation>Tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="57"/>
        <source>Article in Vietnamese.</source>
        <translation>Bài tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="59"/>
        <source>Article in English.</source>
        <translation>Bài tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="61"/>
        <source>Article in another language ({0}).</source>
        <translation>Bài bằng ngôn ngữ khác ({0}).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="63"/>
        <source>Article.</source>
        <translation>Bài viết.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="65"/>
        <source>No date.</source>
        <translation>Không có ngày.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="67"/>
        <source>Dated {0}.</source>
        <translation>Ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="154"/>
        <source>Images that cannot be shown: {0}</source>
        <translation>Ảnh không hiển thị được: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="182"/>
        <source>unread</source>
        <translation>chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="184"/>
        <source>cannot be opened</source>
        <translation>không mở được</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="186"/>
        <source>some images cannot be shown</source>
        <translation>có ảnh không hiển thị được</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="191"/>
        <source>In: {0}.</source>
        <translation>Nằm trong: {0}.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders.py" line="47"/>
        <source>Bundled</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_folders.py" line="49"/>
        <source>Your library</source>
        <translation>Thư viện của bạn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="38"/>
        <source>Article library</source>
        <translation>Thư viện bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="40"/>
        <source>Articles in the library, newest first. Press Enter or select to read one.</source>
        <translation>Các bài viết trong thư viện, mới nhất ở trên. Nhấn Enter hoặc chọn một bài để đọc.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="47"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="49"/>
        <source>Articles that match the search. Press Enter to read one.</source>
        <translation>Các bài viết khớp với từ tìm. Nhấn Enter để đọc một bài.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="54"/>
        <source>&amp;Articles</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="62"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="64"/>
        <source>The article text. Use the arrow keys to move through it; Tab leaves it.</source>
        <translation>Nội dung bài viết. Dùng các phím mũi tên để di chuyển; phím Tab để rời khỏi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="149"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="151"/>
        <source>Messages about the library and the open article</source>
        <translation>Thông báo về thư viện và bài viết đang mở</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/appearance.py" line="114"/>
        <source>This article cannot be shown</source>
        <translation>Không thể hiển thị bài viết này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="44"/>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="50"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="48"/>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="43"/>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="51"/>
        <source>Normal size</source>
        <translation>Cỡ chữ thường</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="52"/>
        <source>Normal text size (100%)</source>
        <translation>Cỡ chữ bình thường (100%)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>&amp;Open article…</source>
        <translation>&amp;Mở bài viết…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>Open an article file</source>
        <translation>Mở một tệp bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>Open &amp;folder…</source>
        <translation>Mở thư mụ&amp;c…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>Open a folder of articles</source>
        <translation>Mở một thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập bài…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>Import portal pages or scrapes into the library</source>
        <translation>Nhập trang cổng thông tin hoặc bản tin đã lưu vào thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Import every page or scrape in a folder into the library</source>
        <translation>Nhập mọi trang hoặc bản tin trong một thư mục vào thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>&amp;Reload library</source>
        <translation>Tải &amp;lại thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Read the article folder again</source>
        <translation>Đọc lại thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>Close Bulletin Reader</source>
        <translation>Đóng Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>Move to the list of articles</source>
        <translation>Chuyển đến danh sách bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>Go to l&amp;ibrary</source>
        <translation>Đến thư &amp;viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Sea&amp;rch the library</source>
        <translation>Tìm t&amp;rong thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Type words to find articles (marks optional)</source>
        <translation>Gõ từ để tìm bài viết (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="81"/>
        <source>Go to &amp;article</source>
        <translation>Đến bài v&amp;iết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <source>Move to the article text</source>
        <translation>Chuyển đến nội dung bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>Next pane</source>
        <translation>Vùng tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>Move between the library, the article and the speech bar</source>
        <translation>Chuyển qua lại giữa thư viện, bài viết và thanh đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>Next &amp;colour theme</source>
        <translation>&amp;Bảng màu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>Switch to the next colour theme: light, dark, sepia, high contrast</source>
        <translation>Chuyển sang bảng màu tiếp theo: sáng, tối, nâu nhạt, tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="91"/>
        <source>List every keyboard shortcut</source>
        <translation>Liệt kê mọi phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="93"/>
        <source>&amp;Read aloud / pause</source>
        <translation>Đọc &amp;to / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>Read the article aloud, or pause</source>
        <translation>Đọc to bài viết, hoặc tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <source>S&amp;top reading</source>
        <translation>&amp;Dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>Stop reading aloud</source>
        <translation>Dừng đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Read from the &amp;caret</source>
        <translation>Đọc từ vị trí &amp;con trỏ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>Read aloud from the sentence at the caret</source>
        <translation>Đọc to từ câu có con trỏ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Read the se&amp;lection</source>
        <translation>Đọc đoạn đã c&amp;họn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>Read aloud only the selected text</source>
        <translation>Chỉ đọc to đoạn văn bản đã chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>Previous sentence</source>
        <translation>Câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>Read the previous sentence</source>
        <translation>Đọc câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>Next sentence</source>
        <translation>Câu sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>Read the next sentence</source>
        <translation>Đọc câu sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Previous paragraph</source>
        <translation>Đoạn trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="116"/>
        <source>Read from the previous paragraph</source>
        <translation>Đọc từ đoạn trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>Next paragraph</source>
        <translation>Đoạn sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>Read from the next paragraph</source>
        <translation>Đọc từ đoạn sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>&amp;Faster</source>
        <translation>Đọc &amp;nhanh hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Read aloud faster</source>
        <translation>Đọc to nhanh hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>Slo&amp;wer</source>
        <translation>Đọc chậ&amp;m hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126"/>
        <source>Read aloud more slowly</source>
        <translation>Đọc to chậm hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>Read aloud more loudly</source>
        <translation>Đọc to với âm lượng lớn hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128"/>
        <source>Lou&amp;der</source>
        <translation>Tăng âm &amp;lượng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131"/>
        <source>&amp;Quieter</source>
        <translation>&amp;Giảm âm lượng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>Read aloud more quietly</source>
        <translation>Đọc to với âm lượng nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>Try &amp;again</source>
        <translation>Thử lạ&amp;i</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Start the speech engine again and read aloud</source>
        <translation>Khởi động lại bộ đọc và đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137"/>
        <source>&amp;Add bookmark…</source>
        <translation>&amp;Thêm dấu trang…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Bookmark the sentence at the caret, with an optional note</source>
        <translation>Đặt dấu trang ở câu có con trỏ, kèm ghi chú nếu muốn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140"/>
        <source>&amp;Bookmarks…</source>
        <translation>&amp;Danh sách dấu trang…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="141"/>
        <source>List the bookmarks; Enter opens the article at the sentence</source>
        <translation>Liệt kê các dấu trang; Enter mở bài viết tại câu đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>Mark as &amp;unread</source>
        <translation>Đánh dấu &amp;chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="144"/>
        <source>Mark the open article as not read yet</source>
        <translation>Đánh dấu bài đang mở là chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>U&amp;nread only</source>
        <translation>Chỉ &amp;bài chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>List only the articles not read yet</source>
        <translation>Chỉ liệt kê các bài chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="149"/>
        <source>&amp;About Bulletin Reader</source>
        <translation>&amp;Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="180"/>
        <source>Colour &amp;theme</source>
        <translation>&amp;Bảng màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>&amp;Speech</source>
        <translation>Đọc t&amp;o</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="188"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Dấu trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="189"/>
        <source>Bookmarks, and which articles are read</source>
        <translation>Dấu trang, và những bài đã đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="211"/>
        <source>Speech</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="212"/>
        <source>Read the article aloud</source>
        <translation>Đọc to bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>« Previous</source>
        <translation>« Câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="68"/>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="113"/>
        <source>▶ Read</source>
        <translation>▶ Đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="100"/>
        <source>■ Stop</source>
        <translation>■ Dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>Next »</source>
        <translation>Câu sau »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="191"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="173"/>
        <source>Open, reload and import articles; preferences; quit</source>
        <translation>Mở, tải lại và nhập bài; tùy chọn; thoát</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="177"/>
        <source>Text size, colours and moving between parts of the window</source>
        <translation>Cỡ chữ, màu sắc và di chuyển giữa các phần của cửa sổ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="181"/>
        <source>Colours of the whole window</source>
        <translation>Màu sắc của cả cửa sổ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="184"/>
        <source>Read the article aloud and move while reading</source>
        <translation>Đọc to bài viết và di chuyển khi đang đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="192"/>
        <source>Keyboard shortcuts and the version</source>
        <translation>Phím tắt và phiên bản</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="215"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="216"/>
        <source>Make the article text larger or smaller</source>
        <translation>Phóng to hoặc thu nhỏ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="336"/>
        <source>More controls</source>
        <translation>Thêm nút điều khiển</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="338"/>
        <source>Shows the controls that do not fit</source>
        <translation>Hiện các nút không vừa trên thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/appearance.py" line="89"/>
        <source>The font {0} has no {1} and more Vietnamese letters: text may show boxes. Be Vietnam Pro has them all.</source>
        <translation>Phông chữ {0} thiếu {1} và các chữ cái tiếng Việt khác: chữ có thể hiện thành ô vuông. Be Vietnam Pro có đủ.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/appearance.py" line="121"/>
        <source>Colour theme: {0}</source>
        <translation>Bảng màu: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/appearance.py" line="130"/>
        <source>Text size {0}%</source>
        <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/size_bar.py" line="39"/>
        <source>Text size: {0}%</source>
        <translation>Cỡ chữ: {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/size_bar.py" line="41"/>
        <source>The current size of the article text, from 50% to 400%</source>
        <translation>Cỡ chữ hiện tại của bài viết, từ 50% đến 400%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="185"/>
        <source>Reading the library…</source>
        <translation>Đang đọc thư viện…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="234"/>
        <source>No articles found in {0}</source>
        <translation>Không tìm thấy bài viết nào trong {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="235"/>
        <source>This folder holds no articles (.md files).</source>
        <translation>Thư mục này không có bài viết nào (tệp .md).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="140"/>
        <source>{0} articles</source>
        <translation>{0} bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="142"/>
        <source>{0} cannot be opened (marked ⚠)</source>
        <translation>{0} bài không mở được (đánh dấu ⚠)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="152"/>
        <source>Opened with {0} problem(s): {1}</source>
        <translation>Đã mở, có {0} lỗi: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library.py" line="161"/>
        <source>Open article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library.py" line="163"/>
        <source>Articles (*.md);;All files (*)</source>
        <translation>Bài viết (*.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library.py" line="171"/>
        <source>Open folder of articles</source>
        <translation>Mở thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="80"/>
        <source>Import pages or scrapes</source>
        <translation>Nhập trang hoặc bản tin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="82"/>
        <source>Pages and scrapes (*.txt *.html *.htm);;All files (*)</source>
        <translation>Trang và bản tin (*.txt *.html *.htm);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="89"/>
        <source>Import a folder</source>
        <translation>Nhập một thư mục</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="107"/>
        <source>An import is already running</source>
        <translation>Đang có một lần nhập chưa xong</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="110"/>
        <source>Importing {0} item(s)…</source>
        <translation>Đang nhập {0} mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="127"/>
        <source>The import could not run: {0}</source>
        <translation>Không chạy được việc nhập: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="129"/>
        <source>Imported into {0}. {1}</source>
        <translation>Đã nhập vào {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="133"/>
        <source>Some items were not imported. {0}</source>
        <translation>Có mục không nhập được. {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="42"/>
        <source>Links cannot be opened here</source>
        <translation>Không thể mở liên kết ở đây</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="50"/>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="51"/>
        <source>Open this link in your web browser?

{0}</source>
        <translation>Mở liên kết này bằng trình duyệt web?

{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="59"/>
        <source>Link not opened: {0}</source>
        <translation>Không mở liên kết: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="556"/>
        <source>Reading speed: {0} words per minute</source>
        <translation>Tốc độ đọc: {0} từ mỗi phút</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="558"/>
        <source>Reading volume: {0}%</source>
        <translation>Âm lượng đọc: {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="560"/>
        <source>slowest</source>
        <translation>chậm nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="561"/>
        <source>fastest</source>
        <translation>nhanh nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="562"/>
        <source>quietest</source>
        <translation>nhỏ nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="563"/>
        <source>loudest</source>
        <translation>lớn nhất</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_controller.py" line="566"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_view.py" line="69"/>
        <source>Select some text in the article first (Shift+arrow keys)</source>
        <translation>Hãy chọn một đoạn trong bài trước (Shift+phím mũi tên)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="91"/>
        <source>{0}
Press to try again.</source>
        <translation>{0}
Bấm để thử lại.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="52"/>
        <source>The selection has nothing to read aloud</source>
        <translation>Đoạn đã chọn không có gì để đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Text size, colours, font, spacing, reading aloud and language</source>
        <translation>Cỡ chữ, màu sắc, phông chữ, khoảng cách, đọc to và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Import a fol&amp;der…</source>
        <translation>Nhậ&amp;p cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="258"/>
        <source>Reading aloud goes on where it stopped (F5)</source>
        <translation>Đọc to sẽ tiếp tục từ chỗ đã dừng (F5)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="58"/>
        <source>Preparing the article for reading aloud…</source>
        <translation>Đang chuẩn bị bài để đọc to…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="68"/>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="113"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="71"/>
        <source>Reading aloud</source>
        <translation>Đang đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="72"/>
        <source>Reading paused</source>
        <translation>Đã tạm dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/speech_controls.py" line="73"/>
        <source>Reading stopped</source>
        <translation>Đã dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="129"/>
        <source>No more headings below</source>
        <translation>Không còn tiêu đề nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="130"/>
        <source>No more headings above</source>
        <translation>Không còn tiêu đề nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="131"/>
        <source>No more images below</source>
        <translation>Không còn ảnh nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="132"/>
        <source>No more images above</source>
        <translation>Không còn ảnh nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="17"/>
        <source>Next heading / previous heading (in the article)</source>
        <translation>Tiêu đề kế tiếp / tiêu đề trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="18"/>
        <source>Next image / previous image (in the article)</source>
        <translation>Ảnh kế tiếp / ảnh trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="20"/>
        <source>Larger / smaller text</source>
        <translation>Chữ to hơn / nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="21"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+con lăn chuột</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="24"/>
        <source>Article menu: copy, read aloud from here, read the selection</source>
        <translation>Menu bài viết: sao chép, đọc to từ đây, đọc đoạn đã chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="25"/>
        <source>Shift+F10, Menu key, right click</source>
        <translation>Shift+F10, phím Menu, nhấp chuột phải</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="27"/>
        <source>Leave the article</source>
        <translation>Rời khỏi bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="41"/>
        <source>About Bulletin Reader</source>
        <translation>Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_menu.py" line="42"/>
        <source>Bulletin Reader {0}

An accessible, offline reader for news bulletins.
Reading font: Be Vietnam Pro (SIL Open Font License 1.1).</source>
        <translation>Bulletin Reader {0}

Trình đọc bản tin ngoại tuyến, dễ tiếp cận cho mọi người.
Phông chữ đọc: Be Vietnam Pro (Giấy phép SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="19"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="20"/>
        <source>Back to the list of bulletins</source>
        <translation>Trở về danh sách bản tin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="22"/>
        <source>⌂ Home</source>
        <translation>⌂ Trang chủ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="24"/>
        <source>Previous article</source>
        <translation>Bài trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="25"/>
        <source>Open the bulletin before this one in the list</source>
        <translation>Mở bản tin đứng trước bản tin này trong danh sách</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="27"/>
        <source>← Previous article</source>
        <translation>← Bài trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="29"/>
        <source>Next article</source>
        <translation>Bài sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="30"/>
        <source>Open the bulletin after this one in the list</source>
        <translation>Mở bản tin đứng sau bản tin này trong danh sách</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="32"/>
        <source>→ Next article</source>
        <translation>→ Bài sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="34"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="35"/>
        <source>Light text on black, on or off</source>
        <translation>Bật hoặc tắt chữ sáng trên nền đen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="37"/>
        <source>◐ High contrast</source>
        <translation>◐ Tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="40"/>
        <source>Language of the screen</source>
        <translation>Ngôn ngữ màn hình</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="41"/>
        <source>Show the screen in the other language</source>
        <translation>Hiển thị màn hình bằng ngôn ngữ kia</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="43"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="44"/>
        <source>Show the text above</source>
        <translation>Xem phần chữ phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="46"/>
        <source>▲ Up</source>
        <translation>▲ Lên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="47"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="48"/>
        <source>Show the text below</source>
        <translation>Xem phần chữ phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/kiosk_actions.py" line="50"/>
        <source>▼ Down</source>
        <translation>▼ Xuống</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="96"/>
        <source>Marked as unread</source>
        <translation>Đã đánh dấu là chưa đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="105"/>
        <source>Unread articles only: {0}</source>
        <translation>Chỉ các bài chưa đọc: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="107"/>
        <source>All articles</source>
        <translation>Tất cả các bài</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="125"/>
        <source>Put the caret in a sentence of the article first</source>
        <translation>Hãy đặt con trỏ vào một câu của bài viết trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="140"/>
        <source>Bookmark added</source>
        <translation>Đã thêm dấu trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="143"/>
        <source>The bookmark cannot be saved</source>
        <translation>Không lưu được dấu trang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/reading_state.py" line="192"/>
        <source>The bookmarked article is no longer there</source>
        <translation>Bài viết có dấu trang này không còn nữa</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="15"/>
        <source>The file no longer exists.</source>
        <translation>Tệp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="17"/>
        <source>The file cannot be read: {0}</source>
        <translation>Không đọc được tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="19"/>
        <source>The file is too large to open as an article (over 5 MB).</source>
        <translation>Tệp quá lớn để mở như một bài viết (trên 5 MB).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="21"/>
        <source>This is not a text file, so it cannot be shown as an article.</source>
        <translation>Đây không phải tệp văn bản nên không thể hiển thị như một bài viết.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>The text is not in UTF-8 encoding. Save it as UTF-8, or import it.</source>
        <translation>Văn bản không ở mã UTF-8. Hãy lưu lại ở dạng UTF-8, hoặc nhập (import) tệp này.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="29"/>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="32"/>
        <source>The article&apos;s front matter is broken: {0}</source>
        <translation>Phần đầu (front matter) của bài viết bị lỗi: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="43"/>
        <source>Reading aloud stopped: the sound could not be played (no working sound output). Connect speakers or headphones, then try again.</source>
        <translation>Đã dừng đọc to: không phát được âm thanh (không có đầu ra âm thanh hoạt động). Hãy cắm loa hoặc tai nghe rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="48"/>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation>Đã dừng đọc to: bộ đọc bị lỗi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="56"/>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="57"/>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="59"/>
        <source>No natural voice is installed for {0}: espeak-ng reads it. Copy a Piper voice (.onnx and .onnx.json) into the voices folder to use one.</source>
        <translation>Chưa cài giọng đọc tự nhiên cho {0}: espeak-ng sẽ đọc. Chép một giọng Piper (.onnx và .onnx.json) vào thư mục giọng đọc để dùng.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="65"/>
        <source>The natural voice could not be loaded (its file is damaged): espeak-ng reads instead.</source>
        <translation>Không nạp được giọng đọc tự nhiên (tệp của nó bị hỏng): espeak-ng đọc thay.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="69"/>
        <source>Some natural voices cannot be used (Piper is not installed, or a voice file is damaged): espeak-ng reads instead.</source>
        <translation>Một số giọng đọc tự nhiên không dùng được (chưa cài Piper, hoặc tệp giọng bị hỏng): espeak-ng đọc thay.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="80"/>
        <source>no audio player is installed (alsa-utils: aplay)</source>
        <translation>chưa cài chương trình phát âm thanh (alsa-utils: aplay)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="82"/>
        <source>espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)</source>
        <translation>chưa cài espeak-ng (Debian/Ubuntu: apt-get install espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="86"/>
        <source>the speech engine stopped several times in a row</source>
        <translation>bộ đọc đã dừng nhiều lần liên tiếp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="88"/>
        <source>the speech engine cannot start</source>
        <translation>bộ đọc không khởi động được</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="89"/>
        <source>Reading aloud is not available: {0}.</source>
        <translation>Không đọc to được: {0}.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../reader/ui/notices.py" line="28"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="31"/>
        <source>The settings file was damaged; the defaults are used.</source>
        <translation>Tệp cài đặt bị hỏng; đang dùng cài đặt mặc định.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="40"/>
        <source>The old file was kept as {0}.</source>
        <translation>Tệp cũ được giữ lại với tên {0}.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="43"/>
        <source>The settings file cannot be read ({0}); the defaults are used.</source>
        <translation>Không đọc được tệp cài đặt ({0}); đang dùng cài đặt mặc định.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="48"/>
        <source>Some settings were not valid and are back to their defaults: {0}.</source>
        <translation>Một số cài đặt không hợp lệ và đã về mặc định: {0}.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="53"/>
        <source>Changes to the settings cannot be saved ({0}); they last until the reader is closed.</source>
        <translation>Không lưu được thay đổi cài đặt ({0}); thay đổi chỉ có hiệu lực đến khi đóng chương trình.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="94"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="87"/>
        <source>Dismiss</source>
        <translation>Đóng thông báo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="28"/>
        <source>Reading state</source>
        <translation>Trạng thái đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="33"/>
        <source>The saved reading state (places, read marks, bookmarks) was damaged; it starts afresh.</source>
        <translation>Trạng thái đọc đã lưu (chỗ đang đọc, bài đã đọc, dấu trang) bị hỏng; bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="45"/>
        <source>The saved reading state cannot be read ({0}).</source>
        <translation>Không đọc được trạng thái đọc đã lưu ({0}).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="59"/>
        <source>The reading state (places, read marks, bookmarks) cannot be saved ({0}); changes last until the reader is closed.</source>
        <translation>Không lưu được trạng thái đọc (chỗ đang đọc, bài đã đọc, dấu trang) ({0}); các thay đổi chỉ giữ đến khi đóng chương trình.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notices.py" line="88"/>
        <location filename="../../reader/ui/notices.py" line="91"/>
        <source>Dismiss: {0}</source>
        <translation>Đóng thông báo: {0}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="146"/>
        <source>Kiosk administration</source>
        <translation>Quản trị kiosk</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="147"/>
        <source>Admin PIN</source>
        <translation>Mã PIN quản trị</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="148"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="149"/>
        <source>Delete the last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="150"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="151"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="163"/>
        <source>Enter the admin PIN.</source>
        <translation>Nhập mã PIN quản trị.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="164"/>
        <source>Type the PIN first, then OK.</source>
        <translation>Hãy nhập mã PIN trước, rồi bấm Đồng ý.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="165"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="166"/>
        <source>Wrong PIN. {0} more tries before the pad locks.</source>
        <translation>Sai mã PIN. Còn {0} lần thử trước khi bàn phím bị khóa.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="167"/>
        <source>Too many wrong PINs. Try again in {0} seconds.</source>
        <translation>Nhập sai quá nhiều lần. Thử lại sau {0} giây.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="169"/>
        <source>No admin PIN is set, so the kiosk cannot be left from the screen. To set one, run bulletin-reader kiosk-pin and put the line it prints into kiosk.toml (see docs/kiosk.md).</source>
        <translation>Chưa đặt mã PIN quản trị nên không thể thoát kiosk từ màn hình. Để đặt mã, chạy lệnh bulletin-reader kiosk-pin và chép dòng nó in ra vào kiosk.toml (xem docs/kiosk.md).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/kiosk/pin_pad.py" line="173"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Không kiểm tra được mã PIN. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="56"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="68"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="69"/>
        <source>Li&amp;brary</source>
        <translation>Thư v&amp;iện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="70"/>
        <source>Folders of articles listed together</source>
        <translation>Các thư mục bài viết được liệt kê chung</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="91"/>
        <source>Preference pages</source>
        <translation>Các trang tùy chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="94"/>
        <source>&amp;Display</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="94"/>
        <source>Sizes, colours and language</source>
        <translation>Cỡ chữ, màu sắc và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="95"/>
        <source>Te&amp;xt</source>
        <translation>Văn &amp;bản</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="95"/>
        <source>Font and spacing of the article text</source>
        <translation>Phông chữ và khoảng cách của chữ trong bài</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="96"/>
        <source>Spee&amp;ch</source>
        <translation>Đọc t&amp;o</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="96"/>
        <source>Reading aloud</source>
        <translation>Đọc to thành tiếng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="141"/>
        <source>Try</source>
        <translation>Nghe thử</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="144"/>
        <source>Try: {0}</source>
        <translation>Nghe thử: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="145"/>
        <source>Speaks a sample sentence with this voice</source>
        <translation>Đọc một câu mẫu bằng giọng này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="165"/>
        <source>&amp;Reset to defaults</source>
        <translation>Đặt &amp;lại mặc định</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="168"/>
        <source>Every setting back to its default (asks first)</source>
        <translation>Đưa mọi tùy chọn về mặc định (hỏi trước)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="171"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="191"/>
        <source>Text &amp;size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="191"/>
        <source>Size of the article text</source>
        <translation>Cỡ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="193"/>
        <source>&amp;Interface size</source>
        <translation>Cỡ chữ &amp;giao diện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="194"/>
        <source>Size of menus, buttons, the library list and dialogs</source>
        <translation>Cỡ chữ của menu, nút, danh sách bài và hộp thoại</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="196"/>
        <source>Colour &amp;theme</source>
        <translation>Bảng &amp;màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="196"/>
        <source>Colours of the whole window</source>
        <translation>Màu sắc của toàn bộ cửa sổ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="198"/>
        <source>&amp;Font</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="199"/>
        <source>Font of the article text; Be Vietnam Pro has every Vietnamese letter</source>
        <translation>Phông chữ của bài viết; Be Vietnam Pro có đủ mọi chữ cái tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="202"/>
        <source>&amp;Line height</source>
        <translation>Khoảng cách &amp;dòng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="203"/>
        <source>Space between lines, in percent of the font size</source>
        <translation>Khoảng cách giữa các dòng, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="206"/>
        <source>&amp;Paragraph spacing</source>
        <translation>Khoảng cách đoạ&amp;n</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="207"/>
        <source>Space after each paragraph, in percent of the font size</source>
        <translation>Khoảng trống sau mỗi đoạn, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="210"/>
        <source>L&amp;etter spacing</source>
        <translation>Khoảng cách chữ &amp;cái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="211"/>
        <source>Extra space between letters, in hundredths of the font size</source>
        <translation>Khoảng cách thêm giữa các chữ cái, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="214"/>
        <source>&amp;Word spacing</source>
        <translation>Khoảng cách &amp;từ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="215"/>
        <source>Extra space between words, in hundredths of the font size</source>
        <translation>Khoảng cách thêm giữa các từ, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="218"/>
        <source>Longest li&amp;ne (characters)</source>
        <translation>Dòng dài nhất (số &amp;ký tự)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="219"/>
        <source>Shorter lines are easier to follow; 0 uses the whole width</source>
        <translation>Dòng ngắn dễ theo dõi hơn; 0 là dùng toàn bộ chiều rộng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="222"/>
        <source>Reading &amp;speed</source>
        <translation>&amp;Tốc độ đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="223"/>
        <source>Words per minute when reading aloud</source>
        <translation>Số từ mỗi phút khi đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="225"/>
        <source>Loudness of reading aloud</source>
        <translation>Độ to khi đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="225"/>
        <source>Reading vol&amp;ume</source>
        <translation>Â&amp;m lượng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="227"/>
        <source>Images read &amp;aloud</source>
        <translation>Đọc ảnh như thế &amp;nào</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="228"/>
        <source>What is read aloud for each image</source>
        <translation>Đọc gì cho mỗi ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="231"/>
        <source>&amp;Highlight while reading</source>
        <translation>Tô &amp;sáng khi đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="232"/>
        <source>How the sentence and the word being read aloud are marked</source>
        <translation>Cách đánh dấu câu và từ đang được đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="235"/>
        <source>Voice for &amp;Vietnamese</source>
        <translation>Giọng đọc tiếng &amp;Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="236"/>
        <source>The voice that reads Vietnamese articles</source>
        <translation>Giọng đọc các bài tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="239"/>
        <source>Voice for &amp;English</source>
        <translation>Giọng đọc tiếng &amp;Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="240"/>
        <source>The voice that reads English articles</source>
        <translation>Giọng đọc các bài tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="243"/>
        <source>Interface lan&amp;guage</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="244"/>
        <source>Language of menus and messages; takes effect at the next start</source>
        <translation>Ngôn ngữ của menu và thông báo; có hiệu lực từ lần mở sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="250"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="253"/>
        <source>Whole width</source>
        <translation>Toàn bộ chiều rộng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="254"/>
        <source>The caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="255"/>
        <source>The image description</source>
        <translation>Mô tả ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="256"/>
        <source>Caption and description</source>
        <translation>Chú thích và mô tả</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="257"/>
        <source>Nothing</source>
        <translation>Không đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="258"/>
        <source>Sentence and word in colour</source>
        <translation>Tô màu câu và từ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="259"/>
        <source>Sentence in colour</source>
        <translation>Tô màu câu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="260"/>
        <source>Word in colour</source>
        <translation>Tô màu từ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="261"/>
        <source>Sentence underlined, word in colour</source>
        <translation>Gạch chân câu, tô màu từ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="262"/>
        <source>No highlight</source>
        <translation>Không tô sáng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="306"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="308"/>
        <source>Automatic ({0})</source>
        <translation>Tự động ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="335"/>
        <source>{0}, natural voice</source>
        <translation>{0}, giọng tự nhiên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="360"/>
        <source>This font has no {0}…: Vietnamese text will show boxes. Be Vietnam Pro has every letter.</source>
        <translation>Phông chữ này thiếu {0}…: chữ tiếng Việt sẽ hiện thành ô vuông. Be Vietnam Pro có đủ mọi chữ cái.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="368"/>
        <source>{0} (not available now)</source>
        <translation>{0} (hiện không có)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="396"/>
        <source>Reset to defaults</source>
        <translation>Đặt lại mặc định</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="398"/>
        <source>Put every setting back to its default? Text size, interface size, colours, font, spacing, speech and language are all reset.</source>
        <translation>Đưa mọi tùy chọn về mặc định? Cỡ chữ, cỡ giao diện, màu sắc, phông chữ, khoảng cách, đọc to và ngôn ngữ đều được đặt lại.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="54"/>
        <source>Clear the search</source>
        <translation>Xoá nội dung tìm</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="55"/>
        <source>The full list comes back</source>
        <translation>Danh sách đầy đủ hiện lại</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="56"/>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="57"/>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="59"/>
        <source>Type words, with or without marks. Down goes to the results, Escape clears.</source>
        <translation>Gõ từ, có dấu hay không dấu. Phím mũi tên xuống để đến kết quả, Escape để xoá.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="61"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="62"/>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="64"/>
        <source>&amp;Newest first</source>
        <translation>&amp;Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="66"/>
        <source>Unchecked: the best matches first</source>
        <translation>Khi không chọn: bài khớp nhất trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="76"/>
        <source>Fro&amp;m</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="76"/>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_bar.py" line="97"/>
        <source>A date as year-month-day, or empty</source>
        <translation>Một ngày dạng năm-tháng-ngày, hoặc để trống</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../reader/ui/controllers/search.py" line="96"/>
        <source>No articles found for “{0}”</source>
        <translation>Không tìm thấy bài viết nào cho “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search.py" line="98"/>
        <source>1 article found</source>
        <translation>Tìm thấy 1 bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search.py" line="100"/>
        <source>{0} articles found</source>
        <translation>Tìm thấy {0} bài viết</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="25"/>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="33"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="33"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="35"/>
        <source>Each action and the keys that do it</source>
        <translation>Mỗi thao tác và các phím thực hiện nó</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="88"/>
        <source>Follow the desktop</source>
        <translation>Theo màn hình nền</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="89"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="90"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="91"/>
        <source>Sepia</source>
        <translation>Nâu nhạt (sepia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="92"/>
        <source>High contrast (light on black)</source>
        <translation>Tương phản cao (chữ sáng trên nền đen)</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="99"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="100"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="103"/>
        <source>Northern</source>
        <translation>miền Bắc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="104"/>
        <source>Central</source>
        <translation>miền Trung</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="105"/>
        <source>Southern</source>
        <translation>miền Nam</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="106"/>
        <source>Great Britain</source>
        <translation>Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="107"/>
        <source>America</source>
        <translation>Mỹ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="108"/>
        <source>America, New York City</source>
        <translation>Mỹ, New York</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="109"/>
        <source>Caribbean</source>
        <translation>Caribe</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="110"/>
        <source>Scotland</source>
        <translation>Scotland</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="111"/>
        <source>Received Pronunciation</source>
        <translation>giọng chuẩn Anh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="112"/>
        <source>West Midlands</source>
        <translation>West Midlands</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="113"/>
        <source>Lancaster</source>
        <translation>Lancaster</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="121"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
</TS>
