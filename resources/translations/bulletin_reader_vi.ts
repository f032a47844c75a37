<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../reader/ui/import_report.py" line="19" />
        <location filename="../../reader/ui/import_report.py" line="26" />
        <source>Import report</source>
        <translation>Báo cáo nhập bài</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="30" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="107" />
        <source>Article library</source>
        <translation>Thư viện bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="109" />
        <source>Articles in the library, newest first. Press Enter or select to read one.</source>
        <translation>Các bài viết trong thư viện, mới nhất ở trên. Nhấn Enter hoặc chọn một bài để đọc.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="114" />
        <source>&amp;Articles</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="123" />
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="125" />
        <source>The article text. Use the arrow keys to move through it; Tab leaves it.</source>
        <translation>Nội dung bài viết. Dùng các phím mũi tên để di chuyển; phím Tab để rời khỏi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="152" />
        <source>Messages about the library and the open article</source>
        <translation>Thông báo về thư viện và bài viết đang mở</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176" />
        <source>Settings problem: {0}</source>
        <translation>Lỗi cài đặt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="196" />
        <source>Photo not available in this copy</source>
        <translation>Ảnh không có trong bản lưu này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="197" />
        <source>Image cannot be shown: {reason}</source>
        <translation>Không hiển thị được ảnh: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="198" />
        <source>By {author}</source>
        <translation>Tác giả: {author}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="199" />
        <source>This article cannot be shown</source>
        <translation>Không thể hiển thị bài viết này</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="200" />
        <source>Image description: {alt}</source>
        <translation>Mô tả ảnh: {alt}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="237" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="225" />
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="238" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="232" />
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="179" />
        <source>Settings problem</source>
        <translation>Lỗi cài đặt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="224" />
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="231" />
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240" />
        <source>Normal size</source>
        <translation>Cỡ chữ thường</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240" />
        <source>Normal text size (100%)</source>
        <translation>Cỡ chữ bình thường (100%)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="244" />
        <source>&amp;Open article…</source>
        <translation>&amp;Mở bài viết…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="244" />
        <source>Open an article file</source>
        <translation>Mở một tệp bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="248" />
        <source>Open &amp;folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="248" />
        <source>Open a folder of articles</source>
        <translation>Mở một thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="252" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="253" />
        <source>Text size, colours, font, spacing and language</source>
        <translation>Cỡ chữ, màu sắc, phông chữ, khoảng cách và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="257" />
        <source>&amp;Import…</source>
        <translation>&amp;Nhập bài…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="258" />
        <source>Import portal pages or scrapes into the library</source>
        <translation>Nhập trang cổng thông tin hoặc bản tin đã lưu vào thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="262" />
        <source>Import a &amp;folder…</source>
        <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="263" />
        <source>Import every page or scrape in a folder into the library</source>
        <translation>Nhập mọi trang hoặc bản tin trong một thư mục vào thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="267" />
        <source>&amp;Reload library</source>
        <translation>&amp;Tải lại thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="267" />
        <source>Read the article folder again</source>
        <translation>Đọc lại thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="271" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="271" />
        <source>Close Bulletin Reader</source>
        <translation>Đóng Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="275" />
        <source>Go to &amp;library</source>
        <translation>Đến &amp;thư viện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="275" />
        <source>Move to the list of articles</source>
        <translation>Chuyển đến danh sách bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279" />
        <source>Go to &amp;article</source>
        <translation>Đến &amp;bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279" />
        <source>Move to the article text</source>
        <translation>Chuyển đến nội dung bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="283" />
        <source>Next pane</source>
        <translation>Vùng tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="284" />
        <source>Move between the library, the article and the speech bar</source>
        <translation>Chuyển qua lại giữa thư viện, bài viết và thanh đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="288" />
        <source>Next &amp;colour theme</source>
        <translation>&amp;Bảng màu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="289" />
        <source>Switch to the next colour theme: light, dark, sepia, high contrast</source>
        <translation>Chuyển sang bảng màu tiếp theo: sáng, tối, nâu nhạt, tương phản cao</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="301" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="301" />
        <source>List every keyboard shortcut</source>
        <translation>Liệt kê mọi phím tắt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="305" />
        <source>&amp;Read aloud / pause</source>
        <translation>Đọc &amp;to / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="306" />
        <source>Read the article aloud, or pause</source>
        <translation>Đọc to bài viết, hoặc tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="310" />
        <source>S&amp;top reading</source>
        <translation>&amp;Dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="310" />
        <source>Stop reading aloud</source>
        <translation>Dừng đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="314" />
        <source>Read from the &amp;caret</source>
        <translation>Đọc từ vị trí &amp;con trỏ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="315" />
        <source>Read aloud from the sentence at the caret</source>
        <translation>Đọc to từ câu có con trỏ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="319" />
        <source>Previous sentence</source>
        <translation>Câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="319" />
        <source>Read the previous sentence</source>
        <translation>Đọc câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="323" />
        <source>Next sentence</source>
        <translation>Câu sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="323" />
        <source>Read the next sentence</source>
        <translation>Đọc câu sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="327" />
        <source>Previous paragraph</source>
        <translation>Đoạn trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="328" />
        <source>Read from the previous paragraph</source>
        <translation>Đọc từ đoạn trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="332" />
        <source>Next paragraph</source>
        <translation>Đoạn sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="332" />
        <source>Read from the next paragraph</source>
        <translation>Đọc từ đoạn sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="340" />
        <source>&amp;About Bulletin Reader</source>
        <translation>&amp;Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="340" />
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="346" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="356" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="359" />
        <source>Colour &amp;theme</source>
        <translation>&amp;Bảng màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="367" />
        <source>&amp;Speech</source>
        <translation>Đọc t&amp;o</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="370" />
        <location filename="../../reader/ui/main_window.py" line="373" />
        <source>Speech</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="374" />
        <source>Read the article aloud</source>
        <translation>Đọc to bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="376" />
        <source>« Previous</source>
        <translation>« Câu trước</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="377" />
        <location filename="../../reader/ui/main_window.py" line="775" />
        <source>▶ Read</source>
        <translation>▶ Đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="378" />
        <source>■ Stop</source>
        <translation>■ Dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="379" />
        <source>Next »</source>
        <translation>Câu sau »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="391" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="395" />
        <location filename="../../reader/ui/main_window.py" line="398" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="399" />
        <source>Make the article text larger or smaller</source>
        <translation>Phóng to hoặc thu nhỏ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="416" />
        <source>More controls</source>
        <translation>Thêm nút điều khiển</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="417" />
        <source>Shows the controls that do not fit</source>
        <translation>Hiện các nút không vừa trên thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="442" />
        <source>The font {0} has no {1} and more Vietnamese letters: text may show boxes. Be Vietnam Pro has them all.</source>
        <translation>Phông chữ {0} thiếu {1} và các chữ cái tiếng Việt khác: chữ có thể hiện thành ô vuông. Be Vietnam Pro có đủ.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="469" />
        <source>Colour theme: {0}</source>
        <translation>Bảng màu: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="478" />
        <source>Text size {0}%</source>
        <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="505" />
        <source>Text size: {0}%</source>
        <translation>Cỡ chữ: {0}%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="507" />
        <source>The current size of the article text, from 50% to 400%</source>
        <translation>Cỡ chữ hiện tại của bài viết, từ 50% đến 400%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="529" />
        <source>Reading the library…</source>
        <translation>Đang đọc thư viện…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="542" />
        <source>No articles found in {0}</source>
        <translation>Không tìm thấy bài viết nào trong {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="545" />
        <source>This folder holds no articles (.md files).</source>
        <translation>Thư mục này không có bài viết nào (tệp .md).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="548" />
        <source>{0} articles</source>
        <translation>{0} bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="550" />
        <source>{0} cannot be opened (marked ⚠)</source>
        <translation>{0} bài không mở được (đánh dấu ⚠)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="592" />
        <source>Opened with {0} problem(s): {1}</source>
        <translation>Đã mở, có {0} lỗi: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="613" />
        <source>Open article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="614" />
        <source>Articles (*.md);;All files (*)</source>
        <translation>Bài viết (*.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="621" />
        <source>Open folder of articles</source>
        <translation>Mở thư mục bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="635" />
        <source>Import pages or scrapes</source>
        <translation>Nhập trang hoặc bản tin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="636" />
        <source>Pages and scrapes (*.txt *.html *.htm);;All files (*)</source>
        <translation>Trang và bản tin (*.txt *.html *.htm);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="642" />
        <source>Import a folder</source>
        <translation>Nhập một thư mục</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="656" />
        <source>An import is already running</source>
        <translation>Đang có một lần nhập chưa xong</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="659" />
        <source>Importing {0} item(s)…</source>
        <translation>Đang nhập {0} mục…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="666" />
        <source>The import could not run: {0}</source>
        <translation>Không chạy được việc nhập: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="668" />
        <source>Imported into {0}. {1}</source>
        <translation>Đã nhập vào {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="672" />
        <source>Some items were not imported. {0}</source>
        <translation>Có mục không nhập được. {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="717" />
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="718" />
        <source>Open this link in your web browser?

{0}</source>
        <translation>Mở liên kết này bằng trình duyệt web?

{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="728" />
        <location filename="../../reader/ui/main_window.py" line="730" />
        <source>Link not opened: {0}</source>
        <translation>Không mở liên kết: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="775" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="779" />
        <source>Reading aloud</source>
        <translation>Đang đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="780" />
        <source>Reading paused</source>
        <translation>Đã tạm dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="781" />
        <source>Reading stopped</source>
        <translation>Đã dừng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="790" />
        <location filename="../../reader/ui/main_window.py" line="792" />
        <source>Reading aloud is not available: {0}</source>
        <translation>Không đọc to được: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="797" />
        <source>No more headings below</source>
        <translation>Không còn tiêu đề nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="798" />
        <source>No more headings above</source>
        <translation>Không còn tiêu đề nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="799" />
        <source>No more images below</source>
        <translation>Không còn ảnh nào phía dưới</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="800" />
        <source>No more images above</source>
        <translation>Không còn ảnh nào phía trên</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="807" />
        <source>Next heading / previous heading (in the article)</source>
        <translation>Tiêu đề kế tiếp / tiêu đề trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="808" />
        <source>Next image / previous image (in the article)</source>
        <translation>Ảnh kế tiếp / ảnh trước (trong bài viết)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="809" />
        <source>Larger / smaller text</source>
        <translation>Chữ to hơn / nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="809" />
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+con lăn chuột</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="810" />
        <source>Leave the article</source>
        <translation>Rời khỏi bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="828" />
        <source>About Bulletin Reader</source>
        <translation>Giới thiệu Bulletin Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="830" />
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="36" />
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="62" />
        <source>&amp;Reset to defaults</source>
        <translation>Đặt &amp;lại mặc định</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="64" />
        <source>Every setting back to its default</source>
        <translation>Đưa mọi tùy chọn về mặc định</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="66" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="77" />
        <source>Text &amp;size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="77" />
        <source>Size of the article text</source>
        <translation>Cỡ chữ của bài viết</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="78" />
        <source>Colour &amp;theme</source>
        <translation>&amp;Bảng màu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="78" />
        <source>Colours of the whole window</source>
        <translation>Màu sắc của toàn bộ cửa sổ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="80" />
        <source>&amp;Font</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="81" />
        <source>Font of the article text; Be Vietnam Pro has every Vietnamese letter</source>
        <translation>Phông chữ của bài viết; Be Vietnam Pro có đủ mọi chữ cái tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="84" />
        <source>&amp;Line height</source>
        <translation>Khoảng cách &amp;dòng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="85" />
        <source>Space between lines, in percent of the font size</source>
        <translation>Khoảng cách giữa các dòng, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="88" />
        <source>&amp;Paragraph spacing</source>
        <translation>Khoảng cách đoạ&amp;n</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="89" />
        <source>Space after each paragraph, in percent of the font size</source>
        <translation>Khoảng trống sau mỗi đoạn, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="92" />
        <source>L&amp;etter spacing</source>
        <translation>Khoảng cách chữ &amp;cái</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="93" />
        <source>Extra space between letters, in hundredths of the font size</source>
        <translation>Khoảng cách thêm giữa các chữ cái, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="96" />
        <source>&amp;Word spacing</source>
        <translation>Khoảng cách &amp;từ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="97" />
        <source>Extra space between words, in hundredths of the font size</source>
        <translation>Khoảng cách thêm giữa các từ, tính theo phần trăm cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="100" />
        <source>Longest line (&amp;characters)</source>
        <translation>Dòng dài nhất (số &amp;ký tự)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="101" />
        <source>Shorter lines are easier to follow; 0 uses the whole width</source>
        <translation>Dòng ngắn dễ theo dõi hơn; 0 là dùng toàn bộ chiều rộng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="104" />
        <source>Reading &amp;speed</source>
        <translation>Tốc độ &amp;đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="105" />
        <source>Words per minute when reading aloud</source>
        <translation>Số từ mỗi phút khi đọc to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="107" />
        <source>Reading &amp;volume</source>
        <translation>Âm &amp;lượng đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="107" />
        <source>Loudness of reading aloud</source>
        <translation>Độ to khi đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="109" />
        <source>Images read &amp;aloud</source>
        <translation>Đọc &amp;ảnh như thế nào</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="110" />
        <source>What is read aloud for each image</source>
        <translation>Đọc gì cho mỗi ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="113" />
        <source>Interface lan&amp;guage</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="114" />
        <source>Language of menus and messages; takes effect at the next start</source>
        <translation>Ngôn ngữ của menu và thông báo; có hiệu lực từ lần mở sau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="120" />
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="123" />
        <source>Whole width</source>
        <translation>Toàn bộ chiều rộng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="124" />
        <source>The caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="125" />
        <source>The image description</source>
        <translation>Mô tả ảnh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="126" />
        <source>Caption and description</source>
        <translation>Chú thích và mô tả</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="127" />
        <source>Nothing</source>
        <translation>Không đọc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="175" />
        <source>This font has no {0}…: Vietnamese text will show boxes. Be Vietnam Pro has every letter.</source>
        <translation>Phông chữ này thiếu {0}…: chữ tiếng Việt sẽ hiện thành ô vuông. Be Vietnam Pro có đủ mọi chữ cái.</translation>
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
<context>
    <name>Themes</name>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="76" />
        <source>Follow the desktop</source>
        <translation>Theo màn hình nền</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="77" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="78" />
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="79" />
        <source>Sepia</source>
        <translation>Nâu nhạt (sepia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/theme_qt.py" line="80" />
        <source>High contrast (light on black)</source>
        <translation>Tương phản cao (chữ sáng trên nền đen)</translation>
    </message>
</context>
</TS>