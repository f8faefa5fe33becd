<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AreaProfileChart</name>
    <message>
        <source>%1: index by area, %2</source>
        <translation>%1: chỉ số thành phần theo lĩnh vực, năm %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>% of the area&apos;s maximum</source>
        <translation>% điểm tối đa của lĩnh vực</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, năm %2</translation>
    </message>
    <message>
        <source>Group average, %1</source>
        <translation>Trung bình nhóm, năm %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>%1
%2. %3: %4</source>
        <translation>%1
%2. %3: %4</translation>
    </message>
    <message>
        <source>%1% of the area&apos;s maximum</source>
        <translation>%1% điểm tối đa của lĩnh vực</translation>
    </message>
    <message>
        <source>(%1: area %2)</source>
        <translation>(%1: lĩnh vực %2)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>(link to %1 not recorded)</source>
        <translation>(chưa ghi liên kết với năm %1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>chưa liên kết</translation>
    </message>
</context>
<context>
    <name>AttachEvidenceCommand</name>
    <message>
        <source>evidence %1 of %2 for criterion %3</source>
        <translation>tài liệu kiểm chứng %1 của %2 cho tiêu chí %3</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The audit log of %1 ends before entry %2, which this computer saw on %3: its newest entries were removed, or this is an older copy (a backup put back).</source>
        <translation>Nhật ký thay đổi của %1 kết thúc trước mục %2, mục mà máy tính này đã thấy ngày %3: các mục mới nhất đã bị xóa, hoặc đây là một bản sao cũ hơn (một bản sao lưu được chép đè trở lại).</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log of %2 is not the one this computer saw on %3: the log was changed, or this is another copy of the file.</source>
        <translation>Mục %1 trong nhật ký thay đổi của %2 không phải là mục máy tính này đã thấy ngày %3: nhật ký đã bị sửa, hoặc đây là một bản sao khác của tệp.</translation>
    </message>
    <message>
        <source>The audit log of %1 cannot be compared with what this computer saw of it: %2</source>
        <translation>Không thể đối chiếu nhật ký thay đổi của %1 với những gì máy tính này đã thấy: %2</translation>
    </message>
    <message>
        <source>The identity of %1 was removed from the file outside the program: its audit log cannot be compared with what this computer saw of it.</source>
        <translation>Mã nhận dạng của %1 đã bị xóa khỏi tệp bên ngoài chương trình: không thể đối chiếu nhật ký thay đổi với những gì máy tính này đã thấy.</translation>
    </message>
    <message>
        <source>What this computer saw of the audit log of %1 could not be recorded in %2 (the folder cannot be written): a later cut of the log will not be noticed here.</source>
        <translation>Không ghi lại được những gì máy tính này đã thấy trong nhật ký kiểm tra của %1 vào %2 (không ghi được vào thư mục đó): nếu sau này nhật ký bị cắt bớt, máy này sẽ không phát hiện ra.</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <source>Reloaded: %1.</source>
        <translation>Đã tải lại: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>và %n thay đổi khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n change(s) made elsewhere: %1.</source>
        <translation>
            <numerusform>Đã tải lại %n thay đổi từ nơi khác: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded everything: the file was changed outside the program (its audit log does not say what).</source>
        <translation>Đã tải lại toàn bộ: tệp đã bị thay đổi bên ngoài chương trình (nhật ký thay đổi không ghi lại thay đổi này).</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 lúc %3</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>một người dùng khác</translation>
    </message>
    <message>
        <source>changed the score of %1 for criterion %2 (%3)</source>
        <translation>đã sửa điểm tiêu chí %2 của %1 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>changed %n score(s) of %1</source>
        <translation>
            <numerusform>đã sửa %n điểm (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported the scores of %1</source>
        <translation>đã nhập điểm %1</translation>
    </message>
    <message>
        <source>restored the earlier scores of %1 (an undo)</source>
        <translation>đã hoàn tác, khôi phục điểm %1 như trước</translation>
    </message>
    <message>
        <source>changed the criteria of %1</source>
        <translation>đã sửa bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>changed the classification thresholds of %1</source>
        <translation>đã sửa ngưỡng xếp loại %1</translation>
    </message>
    <message>
        <source>changed the texts of the %1 decision</source>
        <translation>đã sửa nội dung quyết định công bố năm %1</translation>
    </message>
    <message>
        <source>changed unit %1</source>
        <translation>đã sửa đơn vị %1</translation>
    </message>
    <message>
        <source>imported units</source>
        <translation>đã nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>changed group %1</source>
        <translation>đã sửa nhóm %1</translation>
    </message>
    <message>
        <source>opened the period %1</source>
        <translation>đã mở kỳ đánh giá %1</translation>
    </message>
    <message>
        <source>finalised the results of %1</source>
        <translation>đã chốt kết quả %1</translation>
    </message>
    <message>
        <source>reopened %1 for a correction</source>
        <translation>đã mở lại %1 để điều chỉnh</translation>
    </message>
    <message>
        <source>changed the state of %1</source>
        <translation>đã chuyển trạng thái kỳ đánh giá %1</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>đã thay đổi %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: tên tệp phải có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>không mã hóa được ảnh</translation>
    </message>
    <message>
        <source>the drawing could not start</source>
        <translation>không bắt đầu vẽ được</translation>
    </message>
    <message>
        <source>the drawing could not be finished</source>
        <translation>không vẽ xong được biểu đồ</translation>
    </message>
</context>
<context>
    <name>ClassBands</name>
    <message>
        <source>Excellent</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Khá</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <source>A classification needs at least one band.</source>
        <translation>Thang xếp loại cần có ít nhất một loại.</translation>
    </message>
    <message>
        <source>Band %1 starts at %2, outside 0 to 100.</source>
        <translation>Loại %1 bắt đầu từ %2, nằm ngoài khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>Band %1 appears twice.</source>
        <translation>Loại %1 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>Band %1 must start below band %2.</source>
        <translation>Loại %1 phải có ngưỡng thấp hơn loại %2.</translation>
    </message>
    <message>
        <source>The lowest band, %1, must start at 0.</source>
        <translation>Loại thấp nhất (%1) phải bắt đầu từ 0.</translation>
    </message>
    <message>
        <source>The classification bands are not valid.</source>
        <translation>Ngưỡng xếp loại không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <comment>index range of the highest class</comment>
        <translation>từ %1 trở lên</translation>
    </message>
    <message>
        <source>under %1</source>
        <comment>index range of the lowest class</comment>
        <translation>dưới %1</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <comment>index range of a class</comment>
        <translation>từ %1 đến dưới %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation>Mã tiêu chí</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation>Điểm điều tra xã hội học</translation>
    </message>
    <message>
        <source>Answers A</source>
        <translation>Số phiếu trả lời A</translation>
    </message>
    <message>
        <source>Answers B</source>
        <translation>Số phiếu trả lời B</translation>
    </message>
    <message>
        <source>Answers C</source>
        <translation>Số phiếu trả lời C</translation>
    </message>
    <message>
        <source>Answers D</source>
        <translation>Số phiếu trả lời D</translation>
    </message>
    <message>
        <source>Answers E</source>
        <translation>Số phiếu trả lời E</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Criterion %1 – %2</source>
        <translation>Tiêu chí %1 – %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>This command needs --group with a group code such as SO, HUYEN or XA.</source>
        <translation>Lệnh này cần --group với mã nhóm, ví dụ SO, HUYEN hoặc XA.</translation>
    </message>
    <message>
        <source>--from and --to take a year such as 2022.</source>
        <translation>--from và --to nhận một năm, ví dụ 2022.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format nhận csv hoặc json.</translation>
    </message>
    <message>
        <source>chart needs --out with a file name ending in .png, .svg or .pdf.</source>
        <translation>Lệnh chart cần --out với tên tệp có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024.</source>
        <translation>--year nhận một năm, ví dụ 2024.</translation>
    </message>
    <message>
        <source>chart areas needs --units with one unit code.</source>
        <translation>Lệnh chart areas cần --units với đúng một mã đơn vị.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>This command needs --year with a year such as 2024.</source>
        <translation>Lệnh này cần --year với một năm, ví dụ 2024.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa nhập lệnh.</translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation>--lang nhận vi hoặc en.</translation>
    </message>
    <message>
        <source>Every command needs --db FILE.</source>
        <translation>Lệnh nào cũng cần --db TỆP.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Đã tạo %1.</translation>
    </message>
    <message>
        <source>Use: period add --year Y --group G [--copy-from Y0]</source>
        <translation>Cách dùng: period add --year Y --group G [--copy-from Y0]</translation>
    </message>
    <message>
        <source>--copy-from takes a year such as 2023.</source>
        <translation>--copy-from nhận một năm, ví dụ 2023.</translation>
    </message>
    <message>
        <source>--layout takes long or wide.</source>
        <translation>--layout nhận long hoặc wide.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format nhận table, csv hoặc json.</translation>
    </message>
    <message>
        <source>finalize needs the decision&apos;s --number (e.g. 600/QĐ-UBND) and --date YYYY-MM-DD.</source>
        <translation>Lệnh finalize cần số quyết định --number (ví dụ 600/QĐ-UBND) và ngày --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>VẤN ĐỀ: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không tìm thấy vấn đề nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: backup --out FILE</source>
        <translation>Cách dùng: backup --out TỆP</translation>
    </message>
    <message>
        <source>decision needs --out with a file name ending in .pdf.</source>
        <translation>Lệnh decision cần --out với tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, such as 2024-02-02.</source>
        <translation>--date nhận một ngày dạng YYYY-MM-DD, ví dụ 2024-02-02.</translation>
    </message>
    <message>
        <source>%1: the period is not final, so the decision carries the draft mark (DỰ THẢO).</source>
        <translation>%1: kỳ đánh giá chưa chốt nên quyết định mang dấu DỰ THẢO.</translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the trend table: use it without --format, or with --format csv.</source>
        <translation>--out TỆP.xlsx ghi bảng xu hướng: dùng không kèm --format, hoặc với --format csv.</translation>
    </message>
    <message>
        <source>Use: scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]</source>
        <translation>Cách dùng: scores import|export --year Y --group G TỆP [--sheet TÊN] [--layout long|wide]</translation>
    </message>
    <message>
        <source>Use: survey import --year Y --group G FILE [--sheet NAME]</source>
        <translation>Cách dùng: survey import --year Y --group G TỆP [--sheet TÊN]</translation>
    </message>
    <message>
        <source>Use: template --year Y --group G --unit CODE --out FILE.xlsx|FILE.csv</source>
        <translation>Cách dùng: template --year Y --group G --unit MÃ --out TỆP.xlsx|TỆP.csv</translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the ranking table: use it without --format, or with --format csv.</source>
        <translation>--out TỆP.xlsx ghi bảng xếp hạng: dùng không kèm --format, hoặc với --format csv.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Use: units import FILE [--sheet NAME] [--keep-scores]</source>
        <translation>Cách dùng: units import TỆP [--sheet TÊN] [--keep-scores]</translation>
    </message>
    <message>
        <source>With --keep-scores, such a unit leaves those years all the same and its scores stay in the file, out of their ranking.</source>
        <translation>Với --keep-scores, đơn vị đó vẫn rời khỏi các năm ấy, còn điểm của đơn vị được giữ lại trong tệp nhưng không tính vào xếp hạng.</translation>
    </message>
    <message>
        <source>Use: roster import|export --year Y --group G FILE [--sheet NAME]</source>
        <translation>Cách dùng: roster import|export --year Y --group G TỆP [--sheet TÊN]</translation>
    </message>
    <message>
        <source>%1/%2 is final. The decision prints the digest %3 under its annex; `check --digest %3` confirms a file against the paper.</source>
        <translation>Đã chốt kết quả %1/%2. Quyết định in mã kiểm tra %3 dưới phụ lục; lệnh `check --digest %3` đối chiếu tệp với bản giấy.</translation>
    </message>
    <message>
        <source>check --digest takes --year and --group together, or neither.</source>
        <translation>check --digest nhận --year cùng với --group, hoặc không có cả hai.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>%1 cannot be changed here (%2): this command changes it. Nothing was changed.</source>
        <translation>Không thể ghi vào %1 ở đây (%2): lệnh này cần thay đổi tệp. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Use: criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]</source>
        <translation>Cách dùng: criteria import|export --year Y --group G TỆP [--sheet TÊN] [--drop-scores]</translation>
    </message>
    <message>
        <source>Give --drop-scores to delete them; the deleted values stay in the audit log.</source>
        <translation>Thêm --drop-scores để xóa các điểm đó; các giá trị bị xóa vẫn được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>--out FILE.pdf prints the ranking table: use it without --format.</source>
        <translation>--out TỆP.pdf in bảng xếp hạng: không dùng kèm --format.</translation>
    </message>
    <message>
        <source>rank takes --date only with --out FILE.pdf (the date printed on its pages).</source>
        <translation>rank chỉ nhận --date khi có --out TỆP.pdf (ngày in trên các trang).</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 was not finalised: the decision would be wrong (%n problem(s)). Correct them on the Decision tab, or finalise with --force.</source>
        <translation>
            <numerusform>Chưa chốt kết quả %1/%2: quyết định sẽ sai (%n vấn đề). Sửa tại thẻ Quyết định, hoặc chốt bằng --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>notice needs --out with a file name ending in .pdf.</source>
        <translation>notice phải có --out với tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, such as 2025-03-16.</source>
        <translation>--%1 phải là ngày dạng YYYY-MM-DD, ví dụ 2025-03-16.</translation>
    </message>
    <message>
        <source>--deadline %1 is before the notice&apos;s --date %2.</source>
        <translation>--deadline %1 sớm hơn ngày thông báo --date %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n notice(s) of appraisal results.</source>
        <translation>
            <numerusform>%1: %n thông báo kết quả thẩm định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit CODE] [--password-stdin], member list, member remove --login NAME</source>
        <translation>Cách dùng: member add --login TÊN --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit MÃ] [--password-stdin], member list, member remove --login TÊN</translation>
    </message>
    <message>
        <source>member %1 needs --login NAME.</source>
        <translation>member %1 cần --login TÊN.</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 không còn là thành viên.</translation>
    </message>
    <message>
        <source>member add needs --role secretary, appraiser or unit.</source>
        <translation>member add cần --role secretary (thư ký), appraiser (thành viên thẩm định) hoặc unit (đơn vị).</translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read.</source>
        <translation>--password-stdin: không đọc được đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty.</source>
        <translation>--password-stdin: dòng đầu của đầu vào chuẩn để trống.</translation>
    </message>
    <message>
        <source>%1 is a member: %2.</source>
        <translation>%1 là thành viên: %2.</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>thư ký hội đồng</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows of %4 tables in %5 s, checked in %6 s.</source>
        <translation>Đã sao chép %1 sang %2: %3 dòng của %4 bảng trong %5 giây, kiểm tra trong %6 giây.</translation>
    </message>
    <message>
        <source>Use: evidence add --year Y --group G --unit CODE --criterion C FILE, evidence list --year Y --group G [--unit CODE], evidence get --year Y --group G --id N --out FILE, evidence remove --year Y --group G --id N</source>
        <translation>Cách dùng: evidence add --year Y --group G --unit MÃ --criterion C TỆP, evidence list --year Y --group G [--unit MÃ], evidence get --year Y --group G --id N --out TỆP, evidence remove --year Y --group G --id N</translation>
    </message>
    <message>
        <source>evidence %1 needs --id with the number evidence list shows.</source>
        <translation>evidence %1 cần --id với số hiệu mà evidence list hiển thị.</translation>
    </message>
    <message>
        <source>evidence get needs --out FILE: a document is not printed on the terminal.</source>
        <translation>evidence get cần --out TỆP: tài liệu không được in ra màn hình dòng lệnh.</translation>
    </message>
    <message>
        <source>evidence add needs --unit CODE and --criterion C: the cell the document shows.</source>
        <translation>evidence add cần --unit MÃ và --criterion C: ô mà tài liệu chứng minh.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Evidence document %1 was taken away from %2/%3.</source>
        <translation>Đã gỡ tài liệu kiểm chứng %1 khỏi %2/%3.</translation>
    </message>
    <message>
        <source>%1 (%2) is evidence %3 of unit %4 for criterion %5.</source>
        <translation>%1 (%2) là tài liệu kiểm chứng số %3 của đơn vị %4 cho tiêu chí %5.</translation>
    </message>
    <message>
        <source>%1 does not take the option --%2: it would be ignored. Nothing was done.</source>
        <translation>Lệnh %1 không dùng tùy chọn --%2: tùy chọn đó sẽ bị bỏ qua. Chưa thực hiện gì.</translation>
    </message>
    <message>
        <source>Use: copy --from FILE|ADDRESS --to FILE|ADDRESS [--year Y --group G] (without --db)</source>
        <translation>Cách dùng: copy --from TỆP|ĐỊA_CHỈ --to TỆP|ĐỊA_CHỈ [--year Y --group G] (không có --db)</translation>
    </message>
    <message>
        <source>Archived %1/%2 of %3 in %4, with the earlier years of %2 that its ranks are compared with (%5): %6 rows of %7 tables in %8 s, checked in %9 s.</source>
        <translation>Đã lưu trữ kỳ %1/%2 của %3 vào %4, cùng các năm trước của nhóm %2 dùng để so sánh thứ hạng (%5): %6 dòng của %7 bảng trong %8 giây, kiểm tra trong %9 giây.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Use: chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] --out FILE.png|.svg|.pdf, or chart robustness --year Y --group G [--weights P%] [--draws N] [--seed S] --out FILE.png|.svg|.pdf</source>
        <translation>Cách dùng: chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] --out TỆP.png|.svg|.pdf, hoặc chart robustness --year Y --group G [--weights P%] [--draws N] [--seed S] --out TỆP.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>chart %1 does not take --%2: it would be ignored. Nothing was done.</source>
        <translation>Biểu đồ %1 không dùng tùy chọn --%2: tùy chọn đó sẽ bị bỏ qua. Chưa thực hiện gì.</translation>
    </message>
    <message>
        <source>Use: units lineage import|export FILE [--sheet NAME]</source>
        <translation>Cách dùng: units lineage import|export TỆP [--sheet TÊN]</translation>
    </message>
    <message>
        <source>Use: criteria map [import|export] --year Y --group G FILE [--sheet NAME]</source>
        <translation>Cách dùng: criteria map [import|export] --year NĂM --group NHÓM TỆP [--sheet TÊN]</translation>
    </message>
    <message>
        <source>Use: explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]</source>
        <translation>Cách dùng: explain --group NHÓM --unit MÃ --year NĂM [--from NĂM0] [--format text|json] [--out TỆP]</translation>
    </message>
    <message>
        <source>explain needs --unit with the code of a unit of the group.</source>
        <translation>Lệnh explain cần --unit với mã một đơn vị của nhóm.</translation>
    </message>
    <message>
        <source>--from takes a year such as 2022.</source>
        <translation>--from nhận một năm, ví dụ 2022.</translation>
    </message>
    <message>
        <source>--from takes a year before --year (%1).</source>
        <translation>--from nhận một năm trước --year (%1).</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format nhận text hoặc json.</translation>
    </message>
    <message>
        <source>--weights takes a percentage from 0 to 100, such as 20%.</source>
        <translation>--weights phải là một tỷ lệ phần trăm từ 0 đến 100, ví dụ 20%.</translation>
    </message>
    <message>
        <source>--scores takes a percentage from 0 to 100, such as 5%.</source>
        <translation>--scores phải là một tỷ lệ phần trăm từ 0 đến 100, ví dụ 5%.</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to %1.</source>
        <translation>--draws phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed phải là số nguyên từ 0 đến %1.</translation>
    </message>
    <message>
        <source>--format takes text, csv or json.</source>
        <translation>--format phải là text, csv hoặc json.</translation>
    </message>
    <message>
        <source>--out FILE.xlsx writes the robustness table: use it without --format, or with --format csv.</source>
        <translation>--out TỆP.xlsx ghi bảng độ vững của thứ hạng: dùng không kèm --format, hoặc với --format csv.</translation>
    </message>
    <message>
        <source>Use: chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S] --out FILE.png|.svg|.pdf</source>
        <translation>Cách dùng: chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S] --out TỆP.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>chart robustness does not take --%1: it would be ignored. Nothing was done.</source>
        <translation>Biểu đồ robustness không dùng tùy chọn --%1: tùy chọn đó sẽ bị bỏ qua. Chưa thực hiện gì.</translation>
    </message>
    <message>
        <source>Use: summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]</source>
        <translation>Cách dùng: summary --year Y [--group G] [--unit MÃ] [--format text|json] [--out TỆP]</translation>
    </message>
    <message>
        <source>--out FILE.png|.svg|.pdf draws the summary as a one-page infographic: use it without --format.</source>
        <translation>--out TỆP.png|.svg|.pdf vẽ bản tin thành một trang đồ họa: dùng không kèm --format.</translation>
    </message>
    <message>
        <source>The infographic shows one group: give --group (or --unit).</source>
        <translation>Trang đồ họa chỉ trình bày một khối: hãy chỉ rõ --group (hoặc --unit).</translation>
    </message>
    <message>
        <source>Use: impact --year Y --group G --unit CODE --criterion C --value V [--format text|json]</source>
        <translation>Cách dùng: impact --year Y --group G --unit CODE --criterion C --value V [--format text|json]</translation>
    </message>
    <message>
        <source>--value takes a number such as 1.5 (points, or a rate in percent), or na (not applicable).</source>
        <translation>--value nhận một số, ví dụ 1.5 (điểm, hoặc tỷ lệ phần trăm), hoặc na (không áp dụng).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>--save keeps the scenario of --criteria and --bands files under a name; a saved scenario is saved already.</source>
        <translation>--save lưu kịch bản của các tệp --criteria và --bands dưới một tên; kịch bản đã lưu thì không cần lưu lại.</translation>
    </message>
    <message>
        <source>whatif needs --criteria FILE (a criteria file, criteria.csv, with the scenario&apos;s maxima and rules), --bands FILE (bands.csv: class,min_index), both, or --scenario NAME (a scenario saved in the file).</source>
        <translation>whatif cần --criteria TỆP (tệp tiêu chí criteria.csv với điểm tối đa và quy tắc của kịch bản), --bands TỆP (bands.csv: class,min_index), cả hai, hoặc --scenario TÊN (một kịch bản đã lưu trong tệp).</translation>
    </message>
    <message>
        <source>--scenario runs a saved scenario as it is: give either --scenario or --criteria/--bands.</source>
        <translation>--scenario chạy nguyên một kịch bản đã lưu: chỉ dùng --scenario hoặc --criteria/--bands.</translation>
    </message>
    <message>
        <source>--replace goes with --save NAME: it replaces the scenario saved under that name.</source>
        <translation>--replace đi cùng --save TÊN: thay thế kịch bản đã lưu dưới tên đó.</translation>
    </message>
    <message>
        <source>%1/%2 already has a scenario named “%3”: give another name, or add --replace to replace it.</source>
        <translation>%1/%2 đã có kịch bản tên “%3”: hãy đặt tên khác, hoặc thêm --replace để thay thế.</translation>
    </message>
    <message>
        <source>The scenario “%1” of %2/%3 was saved (the period itself is not changed).</source>
        <translation>Đã lưu kịch bản “%1” của %2/%3 (bản thân kỳ đánh giá không thay đổi).</translation>
    </message>
    <message>
        <source>Usage: parindex-cli --db FILE|ADDRESS [--lang vi|en] COMMAND [options]
Commands:
  init [--demo]                                   create a database; --demo fills an illustrative province
  units import FILE [--sheet NAME] [--keep-scores]
                                                  add or update units (units.csv); the rosters of years
                                                  that are not final follow, final years never change
  units lineage import|export FILE [--sheet NAME]
                                                  which units continue which (lineage.csv: mergers,
                                                  splits, new codes); an import replaces the record
  roster import|export --year Y --group G FILE [--sheet NAME]
                                                  the units a period ranks and their names that year
  period add --year Y --group G [--copy-from Y0]  open a period
  criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]
                                                  an import that would delete scores is refused unless
                                                  --drop-scores (the deleted values stay in the audit log)
  criteria map [import|export] --year Y --group G FILE [--sheet NAME]
                                                  which criterion of the previous year each criterion
                                                  continues (criteria_map.csv); empty: a new one
  scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]
  survey import --year Y --group G FILE [--sheet NAME]
                                                  survey points or answer counts into the survey criteria
  template --year Y --group G --unit CODE --out FILE
                                                  a unit&apos;s self-assessment template
  rank --year Y --group G [--format table|csv|json] [--out FILE]
                                                  --out FILE.pdf prints the ranking table for people (A4
                                                  landscape), dated --date YYYY-MM-DD or today
  trend --group G [--units A,B] [--from Y1] [--to Y2] [--format csv|json] [--out FILE]
  explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]
                                                  why a unit moved: the change of its index split by area
                                                  (adding up exactly), its rank change, who it passed
  chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] [--stacked]
        --out FILE.png|.svg|.pdf                  charts of a group over the years
  robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        [--format text|csv|json] [--out FILE]     how robust the order is: the ranking drawn again with
                                                  each area&apos;s maximum within ±P% (20% unless given; each
                                                  appraised leaf within ±Q% of its maximum with --scores),
                                                  N draws (1000 unless given) from seed S (1); per unit its
                                                  median rank, the 5th-95th percentile of its rank (nearest
                                                  rank) and the share of the draws in each class
  chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        --out FILE.png|.svg|.pdf                  the same as ranges of ranks, in the ranking&apos;s order
  decision --year Y [--group G] --out FILE.pdf [--number N --date YYYY-MM-DD --signer NAME] [--charts]
                                                  the ranking decision; all groups when --group is omitted;
                                                  --charts ends each annex with its comparison chart
  notice --year Y --group G [--unit CODE] --out FILE.pdf [--number N] [--date YYYY-MM-DD]
        [--deadline YYYY-MM-DD]                   notices of appraisal results to the units (each on new
                                                  pages): sheet, provisional index and rank, deadline for
                                                  explanations; only that unit with --unit
  finalize --year Y --group G --number N --date YYYY-MM-DD [--force]
                                                  refused while the decision has blanks, no signer,
                                                  criteria that do not add up or units without scores
                                                  or class; --force finalises all the same
  check [--digest XXXX-XXXX [--year Y --group G]]
                                                  integrity and consistency report; every final period&apos;s
                                                  ranking computed again and compared with what it published;
                                                  --digest: the file against a printed decision&apos;s digest
  whatif --year Y --group G [--criteria FILE] [--bands FILE] [--save NAME [--replace]]
         [--format csv|json] [--out FILE]
  whatif --year Y --group G --scenario NAME [--format csv|json] [--out FILE]
                                                  every unit&apos;s index, rank and class under another
                                                  criteria file (other maxima or rules) and/or bands
                                                  file (class,min_index), or a scenario saved in the
                                                  file, beside the real ones; the period never changes;
                                                  --save keeps the scenario under NAME (--replace: in
                                                  place of the one of that name)
  impact --year Y --group G --unit CODE --criterion C --value V|na [--format text|json] [--out FILE]
                                                  the units whose rank or class one corrected appraised
                                                  value would change; nothing in the database changes
  backup --out FILE                               consistent copy of the database
  upgrade                                         an older store to this version: a server store only so,
                                                  by its owner, after a backup (pg_dump); a file as opening
                                                  it does, after its copy FILE.vN.bak
  summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]
                                                  the news of the ranking in --lang&apos;s words: averages and
                                                  their change, units per class, first and last, the
                                                  largest rises and falls over one and two years, the
                                                  unit&apos;s rank k/N; --out FILE.png|.svg|.pdf draws it
                                                  on one page
  evidence add --year Y --group G --unit CODE --criterion C FILE
                                                  attaches an evidence document (PDF, image, office file,
                                                  at most 20 MB) to a unit&apos;s cell
  evidence list --year Y --group G [--unit CODE]  the documents attached, with their ids
  evidence get --year Y --group G --id N --out FILE
                                                  writes a document out; evidence remove ... --id N takes
                                                  it away
  member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit CODE]
        [--password-stdin]                        a member of the council on a server store: a login of
                                                  the server with what it may change, enforced by the
                                                  server (needs a login that may create roles);
                                                  --password-stdin reads its password from the first line
  member list | member remove --login NAME        the members; the end of a membership
  copy --from FILE|ADDRESS --to FILE|ADDRESS      the whole store, as it is, into a new file or an empty
                                                  server database (postgresql://USER@HOST:PORT/DB), checked
                                                  before it is kept; needs no --db
  copy --from FILE|ADDRESS --to FILE --year Y --group G
                                                  archives one final period, as it was published, into a
                                                  new file, with the earlier years of its group (its
                                                  ranks are compared with them), every unit and the
                                                  whole audit log
Files may be .csv or .xlsx: a workbook is read from its first sheet unless --sheet NAME; exports,
template, rank --out and trend --out write a workbook when the name ends in .xlsx.
Exit status: 0 done, 1 wrong usage, 2 bad data, 3 the database or a file cannot be opened.
</source>
        <translation>Cách dùng: parindex-cli --db TỆP|ĐỊA_CHỈ [--lang vi|en] LỆNH [tùy chọn]
Các lệnh:
  init [--demo]                                   tạo cơ sở dữ liệu; --demo thêm dữ liệu một tỉnh minh họa
  units import TỆP [--sheet TÊN] [--keep-scores]
                                                  thêm hoặc cập nhật đơn vị (units.csv); danh sách đơn vị của
                                                  các năm chưa chốt thay đổi theo, năm đã chốt không bao giờ đổi
  units lineage import|export TỆP [--sheet TÊN]
                                                  đơn vị nào tiếp nối đơn vị nào (lineage.csv: hợp nhất,
                                                  chia tách, đổi mã); lệnh import thay toàn bộ bản ghi
  roster import|export --year Y --group G TỆP [--sheet TÊN]
                                                  danh sách đơn vị được xếp hạng trong kỳ và tên của chúng năm đó
  period add --year Y --group G [--copy-from Y0]  mở một kỳ đánh giá
  criteria import|export --year Y --group G TỆP [--sheet TÊN] [--drop-scores]
                                                  từ chối nhập nếu làm mất điểm đã nhập, trừ khi có
                                                  --drop-scores (các giá trị bị xóa vẫn nằm trong nhật ký)
  criteria map [import|export] --year Y --group G TỆP [--sheet TÊN]
                                                  mỗi tiêu chí tiếp nối tiêu chí nào của năm trước
                                                  (criteria_map.csv); để trống: tiêu chí mới
  scores import|export --year Y --group G TỆP [--sheet TÊN] [--layout long|wide]
  survey import --year Y --group G TỆP [--sheet TÊN]
                                                  nhập điểm hoặc số phiếu điều tra vào các tiêu chí điều tra
  template --year Y --group G --unit MÃ --out TỆP
                                                  mẫu tự đánh giá của một đơn vị
  rank --year Y --group G [--format table|csv|json] [--out TỆP]
                                                  --out TỆP.pdf in bảng xếp hạng cho người đọc (A4
                                                  ngang), ghi ngày --date YYYY-MM-DD hoặc hôm nay
  trend --group G [--units A,B] [--from Y1] [--to Y2] [--format csv|json] [--out TỆP]
  explain --group G --unit MÃ --year Y [--from Y0] [--format text|json] [--out TỆP]
                                                  vì sao đơn vị thay đổi: mức thay đổi Chỉ số chia theo lĩnh
                                                  vực (cộng lại đúng bằng mức thay đổi), thay đổi thứ hạng,
                                                  các đơn vị đã vượt qua
  chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] [--stacked]
        --out TỆP.png|.svg|.pdf                   biểu đồ của một nhóm qua các năm
  robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        [--format text|csv|json] [--out TỆP]      độ vững của thứ hạng: xếp hạng lại nhiều lần với điểm
                                                  tối đa mỗi lĩnh vực trong khoảng ±P% (20% nếu không ghi;
                                                  với --scores, điểm thẩm định mỗi tiêu chí thành phần trong
                                                  khoảng ±Q% điểm tối đa), N lần (1000 nếu không ghi) từ hạt
                                                  giống S (1); mỗi đơn vị: thứ hạng trung vị, bách phân vị
                                                  5-95 của thứ hạng (hạng gần nhất) và tỷ lệ mỗi xếp loại
  chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]
        --out TỆP.png|.svg|.pdf                   như trên, dưới dạng khoảng thứ hạng, theo thứ tự xếp hạng
  decision --year Y [--group G] --out TỆP.pdf [--number N --date YYYY-MM-DD --signer TÊN] [--charts]
                                                  quyết định công bố xếp hạng; mọi nhóm khi không có --group;
                                                  --charts thêm biểu đồ so sánh vào cuối mỗi phụ lục
  notice --year Y --group G [--unit MÃ] --out TỆP.pdf [--number N] [--date YYYY-MM-DD]
        [--deadline YYYY-MM-DD]                   thông báo kết quả thẩm định gửi các đơn vị (mỗi đơn vị
                                                  sang trang mới): phiếu điểm, Chỉ số và thứ hạng tạm tính,
                                                  hạn giải trình; chỉ đơn vị đó khi có --unit
  finalize --year Y --group G --number N --date YYYY-MM-DD [--force]
                                                  từ chối khi quyết định còn chỗ trống, chưa có người ký,
                                                  bộ tiêu chí không khớp điểm tối đa hoặc còn đơn vị thiếu
                                                  điểm hay chưa xếp loại; --force vẫn chốt kết quả
  check [--digest XXXX-XXXX [--year Y --group G]]
                                                  báo cáo về tính toàn vẹn và nhất quán của dữ liệu; tính lại
                                                  xếp hạng của mọi kỳ đã chốt và so với kết quả đã công bố;
                                                  --digest: đối chiếu tệp với mã kiểm tra in trên quyết định
  whatif --year Y --group G [--criteria TỆP] [--bands TỆP] [--save TÊN [--replace]]
         [--format csv|json] [--out TỆP]
  whatif --year Y --group G --scenario TÊN [--format csv|json] [--out TỆP]
                                                  chỉ số, thứ hạng và xếp loại của từng đơn vị theo một
                                                  bộ tiêu chí khác (điểm tối đa, cách tính khác) và/hoặc
                                                  ngưỡng xếp loại khác (class,min_index), hoặc theo một
                                                  kịch bản đã lưu trong tệp, bên cạnh kết quả thật; kỳ
                                                  đánh giá không thay đổi; --save lưu kịch bản với TÊN
                                                  (--replace: thay kịch bản cùng tên)
  impact --year Y --group G --unit MÃ --criterion C --value V|na [--format text|json] [--out TỆP]
                                                  các đơn vị sẽ thay đổi thứ hạng hoặc xếp loại nếu điều
                                                  chỉnh một điểm thẩm định; dữ liệu trong tệp không thay đổi
  backup --out TỆP                                bản sao nhất quán của cơ sở dữ liệu
  upgrade                                         nâng cấp kho dữ liệu cũ lên phiên bản này: kho trên máy
                                                  chủ chỉ nâng cấp bằng lệnh này, do người sở hữu thực hiện,
                                                  sau khi sao lưu (pg_dump); tệp được nâng cấp như khi mở,
                                                  sau khi chép ra TỆP.vN.bak
  summary --year Y [--group G] [--unit MÃ] [--format text|json] [--out TỆP]
                                                  bản tin kết quả xếp hạng theo ngôn ngữ của --lang: chỉ số
                                                  bình quân và mức tăng, giảm; số đơn vị theo từng loại;
                                                  đơn vị dẫn đầu, đứng cuối; các đơn vị tăng, giảm nhiều
                                                  bậc nhất trong một và hai năm; thứ hạng k/N của đơn vị;
                                                  --out TỆP.png|.svg|.pdf vẽ thành một trang
  evidence add --year Y --group G --unit MÃ --criterion C TỆP
                                                  đính kèm tài liệu kiểm chứng (PDF, ảnh, tệp văn phòng,
                                                  tối đa 20 MB) vào một ô của đơn vị
  evidence list --year Y --group G [--unit MÃ]    các tài liệu đã đính kèm, với số hiệu
  evidence get --year Y --group G --id N --out TỆP
                                                  ghi một tài liệu ra tệp; evidence remove ... --id N gỡ
                                                  tài liệu đó
  member add --login TÊN --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit MÃ]
        [--password-stdin]                        thành viên hội đồng trên kho dữ liệu máy chủ: một tài khoản
                                                  của máy chủ cùng quyền được sửa, do máy chủ bảo đảm (cần
                                                  tài khoản được phép tạo vai trò); --password-stdin đọc mật
                                                  khẩu từ dòng đầu của đầu vào chuẩn
  member list | member remove --login TÊN         danh sách thành viên; chấm dứt tư cách thành viên
  copy --from TỆP|ĐỊA_CHỈ --to TỆP|ĐỊA_CHỈ        sao chép nguyên vẹn cả kho dữ liệu sang một tệp mới hoặc
                                                  một cơ sở dữ liệu trống trên máy chủ (postgresql://TÀI_KHOẢN@
                                                  MÁY_CHỦ:CỔNG/CSDL), kiểm tra trước khi giữ lại; không cần --db
  copy --from TỆP|ĐỊA_CHỈ --to TỆP --year Y --group G
                                                  lưu trữ một kỳ đã công bố, đúng như khi công bố, vào một
                                                  tệp mới, cùng các năm trước của nhóm (để so sánh thứ
                                                  hạng), mọi đơn vị và toàn bộ nhật ký kiểm tra
Tệp có thể là .csv hoặc .xlsx: bảng tính được đọc từ trang tính đầu tiên, trừ khi có --sheet TÊN; các lệnh
xuất, template, rank --out và trend --out ghi bảng tính khi tên tệp có đuôi .xlsx.
Mã thoát: 0 thành công, 1 dùng sai lệnh, 2 dữ liệu sai, 3 không mở được cơ sở dữ liệu hoặc tệp.
</translation>
    </message>
    <message>
        <source>Use: upgrade (with --db FILE|ADDRESS, nothing else)</source>
        <translation>Cách dùng: upgrade (với --db TỆP|ĐỊA_CHỈ, không kèm gì khác)</translation>
    </message>
    <message>
        <source>%1 is at version %2, this program&apos;s: there is nothing to upgrade. Nothing was changed.</source>
        <translation>%1 đã ở phiên bản %2, phiên bản của chương trình này: không có gì để nâng cấp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3.</source>
        <translation>Đã nâng cấp %1 từ phiên bản %2 lên phiên bản %3.</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3; the copy taken before is %4.</source>
        <translation>Đã nâng cấp %1 từ phiên bản %2 lên phiên bản %3; bản sao lưu trước khi nâng cấp là %4.</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (not ranked)</source>
        <translation>%1 (không xếp hạng)</translation>
    </message>
    <message>
        <source>PAR Index of %1, %2</source>
        <translation>Chỉ số CCHC năm %2 của %1</translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation>Chỉ số CCHC (%)</translation>
    </message>
    <message>
        <source>%1: %2% – %3</source>
        <translation>%1: %2% – %3</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the index %4%</source>
        <translation>%1
%2: %3 trong chỉ số %4%</translation>
    </message>
</context>
<context>
    <name>ComparisonListExport</name>
    <message>
        <source>An image of these %1 units would be %2 pixels tall: more than image programs open (%3 at most). Save the chart as a PDF document (A4 pages, every unit) or as an SVG drawing instead.</source>
        <translation>Ảnh của %1 đơn vị này sẽ cao %2 điểm ảnh, vượt quá mức các chương trình xem ảnh mở được (tối đa %3). Hãy lưu biểu đồ thành tài liệu PDF (các trang A4, đủ mọi đơn vị) hoặc bản vẽ SVG.</translation>
    </message>
</context>
<context>
    <name>ComparisonListPaint</name>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>CriteriaEdit</name>
    <message>
        <source>There is no criterion %1.</source>
        <translation>Không có tiêu chí %1.</translation>
    </message>
    <message>
        <source>This change would make the criteria tree invalid.</source>
        <translation>Thay đổi này sẽ làm bộ tiêu chí không hợp lệ.</translation>
    </message>
    <message>
        <source>Only a group has sub-criteria: %1 is of kind %2. Change its kind to Group first.</source>
        <translation>Chỉ tiêu chí loại Tổng hợp mới có tiêu chí thành phần: %1 thuộc loại %2. Hãy đổi loại của %1 thành Tổng hợp trước.</translation>
    </message>
    <message>
        <source>%1 is already the first on its level.</source>
        <translation>%1 đã ở vị trí đầu tiên trong cấp của nó.</translation>
    </message>
    <message>
        <source>%1 is already the last on its level.</source>
        <translation>%1 đã ở vị trí cuối cùng trong cấp của nó.</translation>
    </message>
    <message>
        <source>%1 has no criterion before it on its level to go under.</source>
        <translation>Trước %1 không có tiêu chí cùng cấp nào để đưa %1 vào.</translation>
    </message>
    <message>
        <source>%1 can only go under %2 if %2 is a group: change the kind of %2 to Group first.</source>
        <translation>%1 chỉ đưa vào %2 được khi %2 thuộc loại Tổng hợp: hãy đổi loại của %2 thành Tổng hợp trước.</translation>
    </message>
    <message>
        <source>%1 is an area already: it cannot move a level up.</source>
        <translation>%1 đã là lĩnh vực: không thể đưa ra cấp trên nữa.</translation>
    </message>
    <message>
        <source>no longer among the criteria</source>
        <translation>không còn trong bộ tiêu chí</translation>
    </message>
    <message>
        <source>%1 becomes a group, which takes no values of its own</source>
        <translation>%1 chuyển sang loại Tổng hợp, không nhận điểm riêng</translation>
    </message>
    <message>
        <source>values outside 0 to 100 %</source>
        <translation>giá trị nằm ngoài khoảng 0 đến 100%</translation>
    </message>
    <message>
        <source>values above the new maximum %1 of %2</source>
        <translation>giá trị vượt điểm tối đa mới %1 của %2</translation>
    </message>
</context>
<context>
    <name>CriteriaTree</name>
    <message>
        <source>Criterion &quot;%1&quot;: the code must be numbers joined by dots, such as 1, 1.2 or 1.2.3.</source>
        <translation>Tiêu chí &quot;%1&quot;: mã phải gồm các số nối bằng dấu chấm, ví dụ 1, 1.2 hoặc 1.2.3.</translation>
    </message>
    <message>
        <source>Criterion %1 appears more than once.</source>
        <translation>Tiêu chí %1 xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>Criterion %1 has no title.</source>
        <translation>Tiêu chí %1 chưa có tên.</translation>
    </message>
    <message>
        <source>Criterion %1: the maximum points %2 are negative.</source>
        <translation>Tiêu chí %1: điểm tối đa %2 là số âm.</translation>
    </message>
    <message>
        <source>Criterion %1 is a rate but has no rule (linear, or thresholds such as 100:2;80:1).</source>
        <translation>Tiêu chí %1 thuộc loại tỷ lệ nhưng chưa có quy tắc (linear – tuyến tính, hoặc các ngưỡng như 100:2;80:1).</translation>
    </message>
    <message>
        <source>Criterion %1 has a rate rule but is not a rate criterion.</source>
        <translation>Tiêu chí %1 có quy tắc tỷ lệ nhưng không thuộc loại tỷ lệ.</translation>
    </message>
    <message>
        <source>Criterion %1: its rule gives up to %2 points, more than its maximum %3.</source>
        <translation>Tiêu chí %1: quy tắc cho tới %2 điểm, vượt điểm tối đa %3.</translation>
    </message>
    <message>
        <source>Criterion %1: its parent %2 is missing or comes after it.</source>
        <translation>Tiêu chí %1: tiêu chí cấp trên %2 bị thiếu hoặc đứng sau nó.</translation>
    </message>
    <message>
        <source>Criterion %1: its parent %2 is not of kind group.</source>
        <translation>Tiêu chí %1: tiêu chí cấp trên %2 không thuộc loại Tổng hợp.</translation>
    </message>
    <message>
        <source>Criterion %1: a deduction must belong to an area or criterion.</source>
        <translation>Tiêu chí %1: điểm trừ phải thuộc một lĩnh vực hoặc một tiêu chí.</translation>
    </message>
    <message numerus="yes">
        <source>The criteria tree has %n problem(s).</source>
        <translation>
            <numerusform>Bộ tiêu chí có %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1 is a group without sub-criteria.</source>
        <translation>Tiêu chí %1 thuộc loại Tổng hợp nhưng không có tiêu chí thành phần.</translation>
    </message>
    <message>
        <source>The sub-criteria of %1 add up to %2 points; its maximum is %3.</source>
        <translation>Tổng điểm các tiêu chí thành phần của %1 là %2; điểm tối đa của nó là %3.</translation>
    </message>
    <message>
        <source>A criteria tree can have at most %1 criteria; %2 comes after them.</source>
        <translation>Bộ tiêu chí có nhiều nhất %1 tiêu chí; %2 vượt quá số đó.</translation>
    </message>
    <message>
        <source>Criterion %1: the maximum points %2 are above %3, the most a criteria tree can have.</source>
        <translation>Tiêu chí %1: điểm tối đa %2 vượt quá %3, mức cao nhất của một bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Area %1 brings the areas&apos; maxima to %2 points, above %3, the most a criteria tree can have.</source>
        <translation>Lĩnh vực %1 làm tổng điểm tối đa của các lĩnh vực thành %2 điểm, vượt quá %3, mức cao nhất của một bộ tiêu chí.</translation>
    </message>
    <message>
        <source>The areas add up to %1 points, not %2.</source>
        <translation>Tổng điểm các lĩnh vực là %1 điểm, không phải %2.</translation>
    </message>
</context>
<context>
    <name>CriterionText</name>
    <message>
        <source>Group</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Điều tra xã hội học</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>, line %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>a value opens with a quote here that is never closed: expected a closing &quot;.</source>
        <translation>có giá trị mở dấu ngoặc kép ở đây mà không đóng lại: cần một dấu &quot; đóng.</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line with the column names.</source>
        <translation>tệp trống: cần một dòng tiêu đề ghi tên các cột.</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, trang tính %1</translation>
    </message>
    <message>
        <source>, cell %1</source>
        <translation>, ô %1</translation>
    </message>
    <message>
        <source>, cell %1 (%2)</source>
        <translation>, ô %1 (%2)</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, hàng %1</translation>
    </message>
    <message>
        <source>the file is a zip archive (an .xlsx workbook, say), not a CSV file: give an .xlsx workbook its extension .xlsx, or save the sheet as CSV (UTF-8).</source>
        <translation>tệp là một tệp nén zip (chẳng hạn bảng tính .xlsx), không phải tệp CSV: hãy đặt phần mở rộng .xlsx cho bảng tính, hoặc lưu trang tính thành CSV (UTF-8).</translation>
    </message>
    <message>
        <source>the file is an Excel 97-2003 workbook (.xls), not a CSV file: save it as .xlsx or .csv and import that file.</source>
        <translation>tệp là bảng tính Excel 97-2003 (.xls), không phải tệp CSV: hãy lưu thành .xlsx hoặc .csv rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>the file is too large: reading it would take more than %1 MB of memory. Expected a table of units, criteria or scores; split a larger file into several.</source>
        <translation>tệp quá lớn: đọc tệp sẽ cần hơn %1 MB bộ nhớ. Cần một bảng đơn vị, tiêu chí hoặc điểm; hãy chia tệp lớn thành nhiều tệp.</translation>
    </message>
    <message>
        <source>the file holds a NUL byte here: expected text. A binary file or a UTF-16 file cannot be read as CSV; save the table as CSV (UTF-8).</source>
        <translation>tệp có byte NUL ở đây: cần văn bản. Không thể đọc tệp nhị phân hoặc tệp UTF-16 như tệp CSV; hãy lưu bảng thành CSV (UTF-8).</translation>
    </message>
    <message>
        <source>the file holds the control character U+%1 here: expected text; save the table as CSV (UTF-8).</source>
        <translation>tệp có ký tự điều khiển U+%1 ở đây: cần văn bản; hãy lưu bảng thành CSV (UTF-8).</translation>
    </message>
    <message>
        <source>the file is not text in %1: expected a CSV file in UTF-8.</source>
        <translation>tệp không phải văn bản mã %1: tệp phải là CSV mã UTF-8.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation>Không bật được ràng buộc khóa ngoại cho %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2 failed; the file was left as it was. %3</source>
        <translation>Nâng cấp %1 lên phiên bản %2 không thành công; tệp được giữ nguyên. %3</translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation>%1 đã tồn tại; tệp mới không bao giờ được ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Thư mục chứa %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>Không đọc được %1: hãy kiểm tra quyền truy cập.</translation>
    </message>
    <message>
        <source>%1 is not a PAR Index file (it is not a database). It was not changed.</source>
        <translation>%1 không phải tệp PAR Index (không phải cơ sở dữ liệu). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a PAR Index file. It was not changed.</source>
        <translation>%1 là cơ sở dữ liệu của chương trình khác, không phải tệp PAR Index. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this program (file version %2, this program knows %3). Update the program to open it; the file was not changed.</source>
        <translation>%1 được ghi bởi phiên bản mới hơn của chương trình (phiên bản tệp %2, chương trình này chỉ biết đến %3). Hãy cập nhật chương trình để mở tệp; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is of an older version (%2) and must be upgraded, which needs permission to write it.</source>
        <translation>%1 thuộc phiên bản cũ (%2) và phải được nâng cấp, việc này cần quyền ghi vào tệp.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy; the file was not changed.</source>
        <translation>%1 bị hỏng (%2). Hãy mở một bản sao lưu; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Before upgrading %1, a backup copy %2 could not be made: %3</source>
        <translation>Không tạo được bản sao lưu %2 trước khi nâng cấp %1: %3</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing was changed.</source>
        <translation>%1 đang mở ở chế độ chỉ đọc: chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The period no longer exists in %1.</source>
        <translation>Kỳ đánh giá không còn trong %1.</translation>
    </message>
    <message>
        <source>The %1 ranking of group %2 is final (decision %3): it cannot be changed. Reopen it with a reason to correct it.</source>
        <translation>Kết quả xếp hạng năm %1 của nhóm %2 đã chốt (quyết định %3): không thể thay đổi. Muốn điều chỉnh, hãy mở lại kèm lý do.</translation>
    </message>
    <message>
        <source>The database structure is damaged: %1</source>
        <translation>Cấu trúc cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that no longer exist.</source>
        <translation>
            <numerusform>%n dòng tham chiếu tới dòng không còn tồn tại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed or removed outside the program.</source>
        <translation>Mục %1 của nhật ký thay đổi đã bị sửa hoặc xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The newest audit log entries were removed outside the program.</source>
        <translation>Các mục mới nhất của nhật ký thay đổi đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries.</source>
        <translation>
            <numerusform>Nhật ký thay đổi: %n mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) changed outside the program.</source>
        <translation>
            <numerusform>... và %n dòng khác bị thay đổi bên ngoài chương trình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 was changed outside the program.</source>
        <translation>Nhóm %1 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Unit %1 was changed outside the program.</source>
        <translation>Đơn vị %1 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Period %1/%2 was changed outside the program.</source>
        <translation>Kỳ đánh giá %1/%2 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Band %1 of %2/%3 was changed outside the program.</source>
        <translation>Ngưỡng xếp loại %1 của kỳ %2/%3 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Criterion %1 of %2/%3 was changed outside the program.</source>
        <translation>Tiêu chí %1 của kỳ %2/%3 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The score of unit %1 for criterion %2 in %3/%4 was changed outside the program.</source>
        <translation>Điểm của đơn vị %1 ở tiêu chí %2 trong kỳ %3/%4 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The decision texts of %1/%2 were changed outside the program.</source>
        <translation>Nội dung quyết định của kỳ %1/%2 đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 units, %2 periods, %3 scores.</source>
        <translation>%1 đơn vị, %2 kỳ đánh giá, %3 điểm số.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The backup copy did not pass its check: %1</source>
        <translation>Bản sao lưu không qua được bước kiểm tra: %1</translation>
    </message>
    <message>
        <source>A group needs a code and a name.</source>
        <translation>Nhóm cần có mã và tên.</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>Không có đơn vị nào mang mã %1.</translation>
    </message>
    <message>
        <source>A unit needs a code.</source>
        <translation>Đơn vị cần có mã.</translation>
    </message>
    <message>
        <source>Unit %1 needs a name.</source>
        <translation>Đơn vị %1 cần có tên.</translation>
    </message>
    <message>
        <source>Unit %1 cannot retire (%2) before or in the year it starts (%3).</source>
        <translation>Đơn vị %1 không thể ngừng tham gia (%2) trước hoặc ngay trong năm bắt đầu tham gia (%3).</translation>
    </message>
    <message>
        <source>Unit %1: there is no group %2.</source>
        <translation>Đơn vị %1: không có nhóm %2.</translation>
    </message>
    <message>
        <source>No unit was saved.</source>
        <translation>Chưa lưu đơn vị nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 period for group %2.</source>
        <translation>Nhóm %2 không có kỳ đánh giá năm %1.</translation>
    </message>
    <message>
        <source>%1 is not a plausible year.</source>
        <translation>%1 không phải là một năm hợp lý.</translation>
    </message>
    <message>
        <source>The %1 period of group %2 exists already.</source>
        <translation>Kỳ đánh giá năm %1 của nhóm %2 đã có.</translation>
    </message>
    <message>
        <source>copied from %1</source>
        <translation>sao chép từ năm %1</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>Không có nhóm %1.</translation>
    </message>
    <message>
        <source>Finalising needs the decision&apos;s number and date.</source>
        <translation>Muốn chốt phải có số và ngày của quyết định.</translation>
    </message>
    <message>
        <source>Reopening a final period needs a reason, which is kept in the audit log.</source>
        <translation>Muốn mở lại kỳ đánh giá đã chốt phải nêu lý do; lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The %1 ranking of group %2 is final already.</source>
        <translation>Kết quả xếp hạng năm %1 của nhóm %2 đã được chốt trước đó.</translation>
    </message>
    <message>
        <source>The stored criteria tree is not valid: %1</source>
        <translation>Bộ tiêu chí đã lưu không hợp lệ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored bands are not valid: %1</source>
        <translation>Ngưỡng xếp loại đã lưu không hợp lệ: %1</translation>
    </message>
    <message>
        <source>the %1 rate %2 of criterion %3 is outside 0 to 100 %.</source>
        <translation>tỷ lệ %1 %2 của tiêu chí %3 nằm ngoài khoảng 0 đến 100%.</translation>
    </message>
    <message>
        <source>the %1 value %2 of criterion %3 is outside 0 to %4 points.</source>
        <translation>giá trị %1 %2 của tiêu chí %3 nằm ngoài khoảng 0 đến %4 điểm.</translation>
    </message>
    <message>
        <source>Unit %1 does not take part in the %2 ranking of group %3.</source>
        <translation>Đơn vị %1 không tham gia xếp hạng năm %2 của nhóm %3.</translation>
    </message>
    <message>
        <source>%1 is not a criterion that takes a value in %2/%3.</source>
        <translation>%1 không phải tiêu chí nhận giá trị trong kỳ %2/%3.</translation>
    </message>
    <message>
        <source>self-assessed</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <source>appraised</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Đơn vị %1: %2</translation>
    </message>
    <message>
        <source>Row %1 (unit %2, criterion %3): </source>
        <translation>Dòng %1 (đơn vị %2, tiêu chí %3): </translation>
    </message>
    <message>
        <source>the unit does not take part in %1/%2.</source>
        <translation>đơn vị không tham gia kỳ %1/%2.</translation>
    </message>
    <message>
        <source>not a criterion that takes a value in this period.</source>
        <translation>không phải tiêu chí nhận giá trị trong kỳ này.</translation>
    </message>
    <message>
        <source>given twice.</source>
        <translation>bị nhập hai lần.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are not valid; nothing was imported.</source>
        <translation>
            <numerusform>%n điểm số không hợp lệ; chưa nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), digest %1</source>
        <translation>
            <numerusform>%n dòng, mã băm %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as a copy cut short would be. Open a backup copy; the file was not changed.</source>
        <translation>Tệp %1 bị hỏng: tệp ngắn hơn kích thước ghi trong phần đầu của chính nó (%2 trên %3 byte), như một bản sao bị cắt dở. Hãy mở một bản sao lưu; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: </source>
        <translation>Đơn vị %1, tiêu chí %2: </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) are not valid; nothing was changed.</source>
        <translation>
            <numerusform>%n điểm không hợp lệ; chưa có gì thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), digest %1</source>
        <translation>
            <numerusform>%n ô, mã băm %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1 has no row in %2.</source>
        <translation>Tiêu chí %1 không có dòng nào trong %2.</translation>
    </message>
    <message>
        <source>%1 cannot check its references now; nothing was changed. Close the file and open it again.</source>
        <translation>Hiện không thể kiểm tra các tham chiếu của %1; chưa có gì thay đổi. Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>by %1 on %2 (%3)</source>
        <translation>%1 sửa lúc %2 (%3)</translation>
    </message>
    <message>
        <source>outside the program</source>
        <translation>sửa ngoài chương trình</translation>
    </message>
    <message>
        <source>%1 was changed since %2; it is now %3. Nothing was written, so that change is kept.</source>
        <translation>%1 đã được %2; hiện nay là %3. Không có gì được ghi, để giữ nguyên thay đổi đó.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>The texts of the decision</source>
        <translation>Nội dung quyết định</translation>
    </message>
    <message>
        <source>different</source>
        <translation>nội dung khác</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Đơn vị %1</translation>
    </message>
    <message>
        <source>The criteria of %1</source>
        <translation>Bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>The bands of %1</source>
        <translation>Ngưỡng xếp loại %1</translation>
    </message>
    <message>
        <source>self-assessed %1</source>
        <translation>điểm tự đánh giá %1</translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation>điểm thẩm định %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>ghi chú “%1”</translation>
    </message>
    <message>
        <source>The score of unit %1 for criterion %2</source>
        <translation>Điểm của đơn vị %1 theo tiêu chí %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Unit %1 of the %2/%3 roster was changed outside the program.</source>
        <translation>Đơn vị %1 trong danh sách kỳ %2/%3 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Rows were removed or added outside the program, or the file is damaged: %1.</source>
        <translation>Có dòng dữ liệu bị xóa hoặc thêm bên ngoài chương trình, hoặc tệp bị hỏng: %1.</translation>
    </message>
    <message>
        <source>%1 is final, but what it published is not kept in the file (removed outside the program, or the file was last written by an older version: open it once in this version to keep it).</source>
        <translation>Kỳ %1 đã chốt nhưng kết quả đã công bố không còn lưu trong tệp (bị xóa bên ngoài chương trình, hoặc tệp được ghi lần cuối bằng phiên bản cũ: hãy mở tệp một lần bằng phiên bản này để lưu lại).</translation>
    </message>
    <message>
        <source>The audit log no longer holds entry %1, which %2 recorded when it was finalised (decision %3): entries were removed outside the program.</source>
        <translation>Nhật ký thay đổi không còn mục %1, mục mà kỳ %2 đã ghi nhận khi chốt kết quả (quyết định %3): có mục đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 names decision %2, but it published decision %3.</source>
        <translation>Kỳ %1 ghi quyết định %2, nhưng kết quả đã công bố theo quyết định %3.</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, but held %4 when it was finalised (decision %5).</source>
        <translation>Kỳ %1 hiện có %2 %3, nhưng khi chốt kết quả (quyết định %5) có %4.</translation>
    </message>
    <message>
        <source>The %1 of %2 are not those it held when it was finalised (decision %3).</source>
        <translation>%1 của kỳ %2 không còn như khi chốt kết quả (quyết định %3).</translation>
    </message>
    <message>
        <source>%1: final, decision %2 of %3, printed digest %4.</source>
        <translation>%1: đã chốt, quyết định %2 ngày %3, mã kiểm tra in trên quyết định %4.</translation>
    </message>
    <message>
        <source>%1 is known to be damaged or changed outside the program, so nothing is written to it: %2</source>
        <translation>%1 đã được phát hiện là bị hỏng hoặc bị sửa bên ngoài chương trình nên không ghi gì vào tệp: %2</translation>
    </message>
    <message>
        <source>the %1 period of group %2</source>
        <translation>kỳ đánh giá năm %1 của nhóm %2</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>nhật ký thay đổi</translation>
    </message>
    <message>
        <source>A period is finalised with what it publishes (Database::finalize).</source>
        <translation>Kỳ đánh giá phải được chốt cùng với kết quả công bố (Database::finalize).</translation>
    </message>
    <message>
        <source>what %1 published (version %2)</source>
        <translation>kết quả đã công bố của kỳ %1 (lần %2)</translation>
    </message>
    <message>
        <source>final %1 %2, digest %3</source>
        <translation>đã chốt theo quyết định %1 ngày %2, mã kiểm tra %3</translation>
    </message>
    <message>
        <source>Only a final period&apos;s published result is kept this way.</source>
        <translation>Chỉ lưu theo cách này kết quả đã công bố của kỳ đã chốt.</translation>
    </message>
    <message>
        <source>What %1 published is kept already.</source>
        <translation>Kết quả đã công bố của kỳ %1 đã được lưu.</translation>
    </message>
    <message>
        <source>kept as published (%1), digest %2</source>
        <translation>lưu kết quả đã công bố (%1), mã kiểm tra %2</translation>
    </message>
    <message>
        <source>the score of unit %2 for criterion %3 in %1</source>
        <translation>điểm của đơn vị %2 theo tiêu chí %3 trong kỳ %1</translation>
    </message>
    <message>
        <source>units of the roster</source>
        <translation>đơn vị trong danh sách</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>tiêu chí</translation>
    </message>
    <message>
        <source>class bands</source>
        <translation>ngưỡng xếp loại</translation>
    </message>
    <message>
        <source>score cells</source>
        <translation>ô điểm</translation>
    </message>
    <message>
        <source>decision texts</source>
        <translation>nội dung quyết định</translation>
    </message>
    <message>
        <source>%1 was changed outside the program, or is damaged: %2. Nothing was shown or written from it; run `check` for the full report, and open a backup copy.</source>
        <translation>%1 đã bị sửa bên ngoài chương trình hoặc bị hỏng: %2. Không hiển thị hay ghi gì từ phần dữ liệu đó; hãy chạy `check` (Tệp › Kiểm tra tệp) để xem báo cáo đầy đủ và mở một bản sao lưu.</translation>
    </message>
    <message>
        <source>the record of what %1 holds</source>
        <translation>bản ghi nội dung của kỳ %1</translation>
    </message>
    <message>
        <source>the score of unit %1 for criterion %2</source>
        <translation>điểm của đơn vị %1 theo tiêu chí %2</translation>
    </message>
    <message>
        <source>unit %1 of the roster</source>
        <translation>đơn vị %1 trong danh sách</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>tiêu chí %1</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>ngưỡng xếp loại %1</translation>
    </message>
    <message>
        <source>the decision texts</source>
        <translation>nội dung quyết định</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 trong kỳ %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more row(s))</source>
        <translation>
            <numerusform> (và %n dòng khác)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 of %2 (%3 rows where the program wrote %4)</source>
        <translation>%1 của kỳ %2 (có %3 dòng trong khi chương trình đã ghi %4 dòng)</translation>
    </message>
    <message>
        <source>the %1 of %2 (as many rows as the program wrote, %3, but not the same)</source>
        <translation>%1 của kỳ %2 (đủ %3 dòng như chương trình đã ghi nhưng không phải các dòng đó)</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 has %n score(s) in the %2 ranking of group %3, which is not final: moved or retired there, it would leave that ranking with its scores. Clear its scores there first, or keep it in that year.</source>
        <translation>
            <numerusform>Đơn vị %1 có %n ô điểm trong kỳ xếp hạng năm %2 của nhóm %3, kỳ này chưa chốt: nếu chuyển nhóm hoặc thôi tham gia từ năm đó, đơn vị sẽ rời khỏi xếp hạng cùng với điểm của mình. Hãy xóa điểm của đơn vị trong kỳ đó trước, hoặc giữ đơn vị trong năm đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>nhóm %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <source>unit %1 of the roster of %2</source>
        <translation>đơn vị %1 trong danh sách của kỳ %2</translation>
    </message>
    <message>
        <source>Unit %1 is given twice.</source>
        <translation>Đơn vị %1 có hai lần.</translation>
    </message>
    <message>
        <source>The roster was not saved.</source>
        <translation>Chưa lưu danh sách đơn vị.</translation>
    </message>
    <message>
        <source>%1 is the open database&apos;s own file: it is never read as an import nor written over. Choose another file; nothing was changed.</source>
        <translation>%1 là tệp của chính cơ sở dữ liệu đang mở: không bao giờ được đọc để nhập hay bị ghi đè. Hãy chọn tệp khác; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>a score entered</source>
        <translation>nhập một ô điểm</translation>
    </message>
    <message>
        <source>an import of scores</source>
        <translation>nhập điểm từ tệp</translation>
    </message>
    <message>
        <source>an import undone or redone</source>
        <translation>hoàn tác hoặc làm lại một lần nhập điểm</translation>
    </message>
    <message>
        <source>a change of the criteria</source>
        <translation>sửa bộ tiêu chí</translation>
    </message>
    <message>
        <source>a change of the classification thresholds</source>
        <translation>sửa ngưỡng xếp loại</translation>
    </message>
    <message>
        <source>a change of the decision&apos;s texts</source>
        <translation>sửa nội dung quyết định</translation>
    </message>
    <message>
        <source>a change of a unit</source>
        <translation>sửa một đơn vị</translation>
    </message>
    <message>
        <source>an import of units</source>
        <translation>nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>a change of a group</source>
        <translation>sửa một nhóm</translation>
    </message>
    <message>
        <source>a change of a period&apos;s units</source>
        <translation>sửa danh sách đơn vị của kỳ đánh giá</translation>
    </message>
    <message>
        <source>a new period</source>
        <translation>mở kỳ đánh giá mới</translation>
    </message>
    <message>
        <source>the finalisation of a period</source>
        <translation>chốt kết quả kỳ đánh giá</translation>
    </message>
    <message>
        <source>the reopening of a period</source>
        <translation>mở lại kỳ đánh giá để điều chỉnh</translation>
    </message>
    <message>
        <source>a change of a period&apos;s state</source>
        <translation>chuyển trạng thái kỳ đánh giá</translation>
    </message>
    <message>
        <source>%1 cannot be read from here: SQLite needs to make its index file %2 beside it, and this folder can only be read. Copy the file to a folder you may write, or ask for permission to write the folder.</source>
        <translation>Không thể đọc %1 ở đây: SQLite cần tạo tệp chỉ mục %2 bên cạnh, nhưng thư mục này chỉ cho phép đọc. Hãy chép tệp sang thư mục được phép ghi, hoặc xin quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <source>the file can only be read</source>
        <translation>tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>its folder can only be read, and a change needs to write its log beside it</source>
        <translation>thư mục của tệp chỉ cho phép đọc, mà mỗi thay đổi cần ghi nhật ký bên cạnh tệp</translation>
    </message>
    <message>
        <source>The new criteria of %1 would delete %2; nothing was changed.</source>
        <translation>Bộ tiêu chí mới của %1 sẽ xóa %2; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The values of %1 changed since the question was asked; nothing was changed.</source>
        <translation>Các giá trị của %1 đã thay đổi từ khi hỏi xác nhận; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The values of %1 changed since the question was asked: the change would now delete %2. Nothing was changed.</source>
        <translation>Các giá trị của %1 đã thay đổi từ khi hỏi xác nhận: thay đổi này nay sẽ xóa %2. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: not a criterion that takes a value.</source>
        <translation>Đơn vị %1, tiêu chí %2: không phải tiêu chí nhận điểm.</translation>
    </message>
    <message>
        <source>Unit %1, criterion %2: the value %3 is outside 0 to %4.</source>
        <translation>Đơn vị %1, tiêu chí %2: giá trị %3 nằm ngoài khoảng 0 đến %4.</translation>
    </message>
    <message>
        <source>The values to put back do not fit the criteria.</source>
        <translation>Các giá trị cần khôi phục không khớp với bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Criterion %1 takes no value.</source>
        <translation>Tiêu chí %1 không nhận điểm.</translation>
    </message>
    <message>
        <source>new groups: %1</source>
        <translation>nhóm mới: %1</translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 in %3/%4 was changed outside the program.</source>
        <translation>Giải trình của đơn vị %1 về tiêu chí %2 trong kỳ %3/%4 đã bị sửa ngoài chương trình.</translation>
    </message>
    <message>
        <source>the explanation of unit %1 for criterion %2 in %3</source>
        <translation>giải trình của đơn vị %1 về tiêu chí %2 trong kỳ %3</translation>
    </message>
    <message>
        <source>Explanation %1 is not in %2 (removed meanwhile?).</source>
        <translation>Giải trình %1 không có trong %2 (đã bị xóa trong lúc đó?).</translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no explanations: open it with this program to upgrade it.</source>
        <translation>Tệp này theo phiên bản cấu trúc %1, chưa có giải trình: mở tệp bằng chương trình này để nâng cấp.</translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 has no text: write what the unit explained.</source>
        <translation>Giải trình của đơn vị %1 về tiêu chí %2 chưa có nội dung: hãy ghi nội dung đơn vị giải trình.</translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 needs the date it was received.</source>
        <translation>Giải trình của đơn vị %1 về tiêu chí %2 phải có ngày nhận.</translation>
    </message>
    <message>
        <source>%1 is not a criterion that takes a value in %2.</source>
        <translation>%1 không phải là tiêu chí nhận điểm trong %2.</translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2</source>
        <translation>Giải trình của đơn vị %1 về tiêu chí %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>đã kết luận</translation>
    </message>
    <message>
        <source>The explanation of unit %1 for criterion %2 was received on %3: it cannot be decided before.</source>
        <translation>Giải trình của đơn vị %1 về tiêu chí %2 nhận ngày %3: không thể kết luận trước ngày nhận.</translation>
    </message>
    <message numerus="yes">
        <source>; finalised despite %n problem(s): %1</source>
        <translation>
            <numerusform>; vẫn chốt kết quả dù còn %n vấn đề: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The tables made so far stay in the database %2: drop them before trying again.</source>
        <translation>%1 Các bảng đã tạo đến lúc này vẫn còn trong cơ sở dữ liệu %2: hãy xóa chúng trước khi thử lại.</translation>
    </message>
    <message>
        <source>the server lets this login only read it</source>
        <translation>máy chủ chỉ cho tài khoản đăng nhập này đọc</translation>
    </message>
    <message>
        <source>%1 cannot be reached: Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed.</source>
        <translation>Không kết nối được %1: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL, gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds tables; a new PAR Index store is only made in an empty database. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đã có bảng; kho dữ liệu Chỉ số CCHC mới chỉ được tạo trong một cơ sở dữ liệu trống. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 holds no PAR Index store (it has no table %2). Make one with `init`; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 không chứa kho dữ liệu Chỉ số CCHC (không có bảng %2). Hãy tạo bằng lệnh `init`; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to PAR Index. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 thuộc một chương trình khác, không phải Chỉ số CCHC. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (version %2, this program knows %3). Update the program to open it; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi một phiên bản mới hơn của chương trình (phiên bản %2, chương trình này biết đến %3). Hãy cập nhật chương trình để mở; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Nothing more was changed; check the network and the server, then open it again.</source>
        <translation>Mất kết nối tới %1 (%2). Không có thay đổi nào thêm; hãy kiểm tra mạng và máy chủ rồi mở lại.</translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full. Nothing was changed; ask its administrator to free some space.</source>
        <translation>Ổ đĩa của máy chủ chứa %1 đã đầy. Không có gì bị thay đổi; hãy đề nghị người quản trị giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The server holding %1 cannot do this now (%2). Nothing was changed.</source>
        <translation>Máy chủ chứa %1 hiện không thực hiện được việc này (%2). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The server refused this change to %1: this login may not make it (%2). Nothing was changed.</source>
        <translation>Máy chủ từ chối thay đổi này đối với %1: tài khoản đăng nhập này không có quyền (%2). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is busy: another member is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>%1 đang bận: một thành viên khác đang ghi. Không có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The change would break the consistency of %1 and was refused (%2).</source>
        <translation>Thay đổi này sẽ làm mất tính nhất quán của %1 nên đã bị từ chối (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged on the server (%2). Ask its administrator to restore a backup.</source>
        <translation>%1 bị hỏng trên máy chủ (%2). Hãy đề nghị người quản trị khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Lỗi cơ sở dữ liệu không lường trước trong %1: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only (a read-only login or --read-only): nothing was changed.</source>
        <translation>%1 đang mở ở chế độ chỉ đọc (tài khoản chỉ đọc hoặc --read-only): không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A statement of this change to %1 failed, so nothing was changed.</source>
        <translation>Một câu lệnh của thay đổi này đối với %1 bị lỗi, nên không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A copy of the server database %1 into the file %2 is not supported yet; use the server&apos;s own backup (pg_dump).</source>
        <translation>Chưa hỗ trợ sao chép cơ sở dữ liệu trên máy chủ %1 ra tệp %2; hãy dùng công cụ sao lưu của máy chủ (pg_dump).</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows instead of one.</source>
        <translation>Bảng %1 có %2 dòng thay vì một dòng.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Thiếu bảng %1.</translation>
    </message>
    <message>
        <source>The index %1 is not valid.</source>
        <translation>Chỉ mục %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The constraint %1 is not validated.</source>
        <translation>Ràng buộc %1 chưa được kiểm tra hợp lệ.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>server language</comment>
        <extracomment>The language code of the server&apos;s refusals of a member&apos;s change: en or vi.</extracomment>
        <translation>vi</translation>
    </message>
    <message>
        <source>The server refused this change to %1: it touches cells or rows this login was not assigned. Nothing was changed.</source>
        <translation>Máy chủ từ chối thay đổi này đối với %1: thay đổi chạm tới ô hoặc dòng không được giao cho tài khoản này. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Mất kết nối tới %1.</translation>
    </message>
    <message>
        <source>The password could not be prepared for %1: %2</source>
        <translation>Không chuẩn bị được mật khẩu cho %1: %2</translation>
    </message>
    <message>
        <source>Members and their rights are kept by a server store (postgresql://...); a file has no members: whoever may write the file may change everything in it.</source>
        <translation>Thành viên và quyền của họ chỉ có trên kho dữ liệu máy chủ (postgresql://...); tệp không có thành viên: ai ghi được tệp thì sửa được mọi thứ trong tệp.</translation>
    </message>
    <message>
        <source>%1 cannot be a login: a login has 1 to 63 bytes and does not begin with pg_.</source>
        <translation>%1 không thể là tên tài khoản: tên tài khoản dài từ 1 đến 63 byte và không bắt đầu bằng pg_.</translation>
    </message>
    <message>
        <source>A unit&apos;s member needs the unit (--unit CODE).</source>
        <translation>Thành viên của đơn vị cần có đơn vị (--unit MÃ).</translation>
    </message>
    <message>
        <source>Only an appraiser is assigned a group and areas.</source>
        <translation>Chỉ thành viên thẩm định mới được giao nhóm và lĩnh vực.</translation>
    </message>
    <message>
        <source>A secretary is assigned no unit: a secretary does everything.</source>
        <translation>Thư ký không được giao đơn vị: thư ký làm được mọi việc.</translation>
    </message>
    <message>
        <source>%1 is not an area: an area is a top-level criterion code such as 2.</source>
        <translation>%1 không phải lĩnh vực: lĩnh vực là mã tiêu chí cấp cao nhất, ví dụ 2.</translation>
    </message>
    <message>
        <source>Adding a member makes a login on the server: it needs a login that may create roles (the server&apos;s administrator). Nothing was changed.</source>
        <translation>Thêm thành viên sẽ tạo một tài khoản trên máy chủ: cần tài khoản được phép tạo vai trò (quản trị máy chủ). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database&apos;s name %1 is too long to name its members&apos; roles (at most 53 bytes).</source>
        <translation>Tên cơ sở dữ liệu %1 quá dài để đặt tên vai trò của thành viên (tối đa 53 byte).</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Không có đơn vị %1.</translation>
    </message>
    <message>
        <source>%1 is a member already; remove it first to change what it is assigned.</source>
        <translation>%1 đã là thành viên; muốn đổi phần được giao, hãy xoá thành viên trước.</translation>
    </message>
    <message>
        <source>%1 owns the store or is a superuser of the server: it may do everything already, and cannot be made a member with fewer rights.</source>
        <translation>%1 là chủ kho dữ liệu hoặc quản trị tối cao của máy chủ: đã có mọi quyền, không thể làm thành viên với ít quyền hơn.</translation>
    </message>
    <message>
        <source>%1 is not a member.</source>
        <translation>%1 không phải thành viên.</translation>
    </message>
    <message>
        <source>a new member of the council</source>
        <translation>việc thêm thành viên hội đồng</translation>
    </message>
    <message>
        <source>the end of a membership</source>
        <translation>việc chấm dứt tư cách thành viên</translation>
    </message>
    <message>
        <source>no PostgreSQL connection</source>
        <translation>không có kết nối PostgreSQL</translation>
    </message>
    <message>
        <source>%1 sent a row of %2 that this program cannot read.</source>
        <translation>%1 gửi một dòng của %2 mà chương trình không đọc được.</translation>
    </message>
    <message>
        <source>The evidence document %1 of unit %2 for criterion %3 in %4/%5 was changed outside the program.</source>
        <translation>Tài liệu kiểm chứng %1 của đơn vị %2 cho tiêu chí %3 trong %4/%5 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The content of the evidence document with SHA-256 %1 was changed outside the program.</source>
        <translation>Nội dung của tài liệu kiểm chứng có mã SHA-256 %1 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>the evidence document %1 of unit %2 for criterion %3 in %4</source>
        <translation>tài liệu kiểm chứng %1 của đơn vị %2 cho tiêu chí %3 trong %4</translation>
    </message>
    <message>
        <source>Evidence document %1 is not in %2 (removed meanwhile?).</source>
        <translation>Không có tài liệu kiểm chứng số %1 trong %2 (đã bị gỡ trong lúc này?).</translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no evidence documents: open it with this program to upgrade it.</source>
        <translation>Tệp này theo lược đồ phiên bản %1, chưa chứa được tài liệu kiểm chứng: hãy mở tệp bằng chương trình này để nâng cấp.</translation>
    </message>
    <message>
        <source>the content of %1</source>
        <translation>nội dung của %1</translation>
    </message>
    <message>
        <source>An evidence document needs the name of its file.</source>
        <translation>Tài liệu kiểm chứng cần có tên tệp.</translation>
    </message>
    <message>
        <source>%1 is already attached to criterion %2 of unit %3, as %4: the same document is kept once.</source>
        <translation>%1 đã được đính kèm vào tiêu chí %2 của đơn vị %3 với tên %4: cùng một tài liệu chỉ lưu một lần.</translation>
    </message>
    <message>
        <source>The evidence document %1 of unit %2 for criterion %3</source>
        <translation>Tài liệu kiểm chứng %1 của đơn vị %2 cho tiêu chí %3</translation>
    </message>
    <message>
        <source>an explanation recorded</source>
        <translation>ghi nhận giải trình</translation>
    </message>
    <message>
        <source>a decision on an explanation</source>
        <translation>kết luận về giải trình</translation>
    </message>
    <message>
        <source>an explanation taken back</source>
        <translation>rút lại giải trình</translation>
    </message>
    <message>
        <source>an evidence document attached</source>
        <translation>đính kèm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>an evidence document taken away</source>
        <translation>gỡ tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>A value of the wrong type for the column %1 in %2.</source>
        <translation>Giá trị sai kiểu dữ liệu ở cột %1 trong %2.</translation>
    </message>
    <message>
        <source>the archive of a period, made from its store</source>
        <translation>việc lưu trữ một kỳ đánh giá từ kho dữ liệu của nó</translation>
    </message>
    <message>
        <source>The link of criterion %1 of %2/%3 to %4 was changed outside the program.</source>
        <translation>Liên kết của tiêu chí %1 năm %2/%3 với năm %4 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The record that unit %1 continues unit %2 was changed outside the program.</source>
        <translation>Bản ghi đơn vị %1 tiếp nối đơn vị %2 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no links between years: open it with this program to upgrade it.</source>
        <translation>Tệp có cấu trúc phiên bản %1, chưa lưu được liên kết giữa các năm: hãy mở tệp bằng chương trình này để nâng cấp.</translation>
    </message>
    <message>
        <source>the link of criterion %1 in %2</source>
        <translation>liên kết của tiêu chí %1 trong %2</translation>
    </message>
    <message>
        <source>What the criteria of %1 continue</source>
        <translation>Liên kết tiêu chí của %1 với năm trước</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liên kết</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the first period of group %2: there is no earlier year whose criteria it could continue.</source>
        <translation>%1 là kỳ đánh giá đầu tiên của nhóm %2: không có năm trước để tiêu chí tiếp nối.</translation>
    </message>
    <message>
        <source>%1 has no criterion %2.</source>
        <translation>%1 không có tiêu chí %2.</translation>
    </message>
    <message>
        <source>Criterion %1 is given as new twice.</source>
        <translation>Tiêu chí %1 được ghi là tiêu chí mới hai lần.</translation>
    </message>
    <message>
        <source>Criterion %1 is linked to %2 of %3 twice.</source>
        <translation>Tiêu chí %1 được liên kết với tiêu chí %2 của %3 hai lần.</translation>
    </message>
    <message>
        <source>Criterion %1 is given both as new and as continuing a criterion of %2.</source>
        <translation>Tiêu chí %1 vừa được ghi là mới vừa được ghi là tiếp nối một tiêu chí của %2.</translation>
    </message>
    <message>
        <source>%1 has no criterion %2 (given as what criterion %3 continues).</source>
        <translation>%1 không có tiêu chí %2 (được ghi là tiêu chí mà tiêu chí %3 tiếp nối).</translation>
    </message>
    <message>
        <source>Criterion %1 cannot continue criterion %2 of %3: an area continues an area, and a criterion below an area one below an area.</source>
        <translation>Tiêu chí %1 không thể tiếp nối tiêu chí %2 của %3: lĩnh vực chỉ tiếp nối lĩnh vực, tiêu chí thuộc lĩnh vực chỉ tiếp nối tiêu chí thuộc lĩnh vực.</translation>
    </message>
    <message>
        <source>The links of %1 to %2 were not saved.</source>
        <translation>Chưa lưu liên kết tiêu chí của %1 với %2.</translation>
    </message>
    <message>
        <source>the record that unit %1 continues unit %2</source>
        <translation>bản ghi đơn vị %1 tiếp nối đơn vị %2</translation>
    </message>
    <message>
        <source>Unit %1 cannot continue itself.</source>
        <translation>Đơn vị %1 không thể tiếp nối chính nó.</translation>
    </message>
    <message>
        <source>Unit %1 is given twice as continuing unit %2.</source>
        <translation>Đơn vị %1 được ghi hai lần là tiếp nối đơn vị %2.</translation>
    </message>
    <message>
        <source>The units continue each other in a circle: %1.</source>
        <translation>Các đơn vị tiếp nối nhau thành vòng: %1.</translation>
    </message>
    <message>
        <source> continues </source>
        <translation> tiếp nối </translation>
    </message>
    <message>
        <source>Which units continue which was not saved.</source>
        <translation>Chưa lưu quan hệ tiếp nối giữa các đơn vị.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>a change of what the criteria continue</source>
        <translation>sửa liên kết tiêu chí với năm trước</translation>
    </message>
    <message>
        <source>a change of which units continue which</source>
        <translation>sửa quan hệ tiếp nối giữa các đơn vị</translation>
    </message>
    <message>
        <source>The scenario “%1” of %2/%3 was changed outside the program.</source>
        <translation>Kịch bản “%1” của %2/%3 đã bị sửa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1/%2 is final (decision %3) and lists unit %4: the rank changes it published would change. Reopen it for a correction first.</source>
        <translation>%1/%2 đã chính thức (quyết định %3) và có đơn vị %4: mức thay đổi thứ hạng đã công bố sẽ thay đổi. Hãy mở lại kỳ để đính chính trước.</translation>
    </message>
    <message>
        <source>Which units continue which was not saved: a change of a year whose ranking is final.</source>
        <translation>Chưa lưu việc kế thừa giữa các đơn vị: thay đổi này thuộc năm đã có kết quả xếp hạng chính thức.</translation>
    </message>
    <message>
        <source>Which units continue which</source>
        <translation>Đơn vị nào kế thừa đơn vị nào</translation>
    </message>
    <message>
        <source>This file is of schema version %1, which holds no scenarios: open it with this program to upgrade it.</source>
        <translation>Tệp này có lược đồ phiên bản %1, chưa lưu được kịch bản: hãy mở tệp bằng chương trình này để nâng cấp.</translation>
    </message>
    <message>
        <source>the scenario “%1” of %2</source>
        <translation>kịch bản “%1” của %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã bị xóa</translation>
    </message>
    <message>
        <source>saved by %1 on %2</source>
        <translation>do %1 lưu lúc %2</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a scenario: give a name of 1 to %2 characters on one line.</source>
        <translation>“%1” không dùng được làm tên kịch bản: hãy đặt tên dài từ 1 đến %2 ký tự, trên một dòng.</translation>
    </message>
    <message>
        <source>The scenario “%1” is not a JSON object: %2</source>
        <translation>Kịch bản “%1” không phải là một đối tượng JSON: %2</translation>
    </message>
    <message>
        <source>%1 already has a scenario named “%2” (%3): give another name, or replace it.</source>
        <translation>%1 đã có kịch bản tên “%2” (%3): hãy đặt tên khác hoặc thay thế kịch bản đó.</translation>
    </message>
    <message>
        <source>The scenario “%1” of %2</source>
        <translation>Kịch bản “%1” của %2</translation>
    </message>
    <message>
        <source>%1 has no scenario named “%2”.</source>
        <translation>%1 không có kịch bản nào tên “%2”.</translation>
    </message>
    <message>
        <source>a what-if scenario saved</source>
        <translation>lưu một kịch bản giả định</translation>
    </message>
    <message>
        <source>a what-if scenario deleted</source>
        <translation>xóa một kịch bản giả định</translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2 failed; the store stays at version %3, as it was before that step. %4</source>
        <translation>Nâng cấp %1 lên phiên bản %2 không thành công; kho dữ liệu vẫn ở phiên bản %3, như trước bước đó. %4</translation>
    </message>
    <message>
        <source>The login %1 may only read %2, so it cannot upgrade it. Nothing was changed.</source>
        <translation>Tài khoản %1 chỉ được đọc %2 nên không thể nâng cấp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 is of an older version (%2); this program needs version %3. The store&apos;s owner upgrades it with `parindex-cli --db %1 upgrade`, after a backup of the database (pg_dump). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 thuộc phiên bản cũ (%2); chương trình này cần phiên bản %3. Người sở hữu kho dữ liệu nâng cấp bằng lệnh `parindex-cli --db %1 upgrade`, sau khi sao lưu cơ sở dữ liệu (pg_dump). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>không có kết nối tới máy chủ</translation>
    </message>
    <message>
        <source>evidence documents</source>
        <translation>tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>the evidence document %1 of unit %2 for criterion %3</source>
        <translation>tài liệu kiểm chứng %1 của đơn vị %2 cho tiêu chí %3</translation>
    </message>
    <message>
        <source>The login %1 may not upgrade %2 (version %3): only the store&apos;s owner (%4) or a superuser of the server upgrades it. Nothing was changed.</source>
        <translation>Tài khoản %1 không được nâng cấp %2 (phiên bản %3): chỉ người sở hữu kho dữ liệu (%4) hoặc quản trị viên cấp cao của máy chủ mới được nâng cấp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>an upgrade of the store to a new version</source>
        <translation>việc nâng cấp kho dữ liệu lên phiên bản mới</translation>
    </message>
</context>
<context>
    <name>DecideExplanationCommand</name>
    <message>
        <source>reopening the explanation of %1 for criterion %2</source>
        <translation>mở lại giải trình của %1 về tiêu chí %2</translation>
    </message>
    <message>
        <source>decision on the explanation of %1 for criterion %2</source>
        <translation>kết luận giải trình của %1 về tiêu chí %2</translation>
    </message>
</context>
<context>
    <name>DecisionFonts</name>
    <message>
        <source>The font file %1 was not found in %2. Install the package fonts-liberation2.</source>
        <translation>Không tìm thấy tệp phông chữ %1 trong %2. Hãy cài gói fonts-liberation2.</translation>
    </message>
</context>
<context>
    <name>DecisionPrint</name>
    <message>
        <source>The decision could not be drawn: the printer or file refused to start.</source>
        <translation>Không in được quyết định: máy in hoặc tệp không bắt đầu được.</translation>
    </message>
    <message>
        <source>The decision could not be drawn: page %1 was refused.</source>
        <translation>Không in được quyết định: trang %1 bị từ chối.</translation>
    </message>
    <message>
        <source>The decision could not be finished on the printer or file.</source>
        <translation>Không hoàn tất được việc in quyết định ra máy in hoặc tệp.</translation>
    </message>
</context>
<context>
    <name>DecisionReadiness</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1: chưa điền.</translation>
    </message>
    <message>
        <source>%1 still holds a blank to fill in: “%2”.</source>
        <translation>%1 còn chỗ trống chưa điền: “%2”.</translation>
    </message>
    <message>
        <source>Issuing body, first line</source>
        <translation>Cơ quan ban hành, dòng 1</translation>
    </message>
    <message>
        <source>Issuing body, second line</source>
        <translation>Cơ quan ban hành, dòng 2</translation>
    </message>
    <message>
        <source>Symbol after the number</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issuer&apos;s title</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <source>Legal bases are empty.</source>
        <translation>Chưa có căn cứ ban hành.</translation>
    </message>
    <message>
        <source>Legal bases, line %1</source>
        <translation>Căn cứ, dòng %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Articles are empty.</source>
        <translation>Chưa có điều nào.</translation>
    </message>
    <message>
        <source>Article %1 (Điều %1)</source>
        <translation>Điều %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cites Phụ lục %2, but the decision has %n annex(es).</source>
        <translation>
            <numerusform>%1 dẫn Phụ lục %2 nhưng quyết định chỉ có %n phụ lục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients, line %1</source>
        <translation>Nơi nhận, dòng %1</translation>
    </message>
    <message>
        <source>On behalf of (TM.)</source>
        <translation>Thay mặt (TM.)</translation>
    </message>
    <message>
        <source>Capacity (KT., Q.)</source>
        <translation>Thẩm quyền ký (KT., Q.)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Issued by (annex heading)</source>
        <translation>Cơ quan ban hành (đầu phụ lục)</translation>
    </message>
    <message>
        <source>The decision&apos;s number is missing.</source>
        <translation>Chưa có số quyết định.</translation>
    </message>
    <message>
        <source>The decision&apos;s number still holds a blank: “%1”.</source>
        <translation>Số quyết định còn chỗ trống: “%1”.</translation>
    </message>
    <message>
        <source>The decision&apos;s date is missing.</source>
        <translation>Chưa có ngày ký quyết định.</translation>
    </message>
    <message>
        <source>Group %1, criteria: %2</source>
        <translation>Nhóm %1, bộ tiêu chí: %2</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 lacks the appraised score of %n criterion(s).</source>
        <translation>
            <numerusform>Nhóm %1: %2 còn thiếu điểm thẩm định của %n tiêu chí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more unit(s) without all their scores.</source>
        <translation>
            <numerusform>Nhóm %1: và %n cơ quan, đơn vị khác còn thiếu điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2 has no index and no class: no criterion applies to it.</source>
        <translation>Nhóm %1: %2 không có Chỉ số và xếp loại: không tiêu chí nào áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more unit(s) without a class.</source>
        <translation>
            <numerusform>Nhóm %1: và %n cơ quan, đơn vị khác chưa có xếp loại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: the explanation of %2 for criterion %3 awaits the council&apos;s conclusion.</source>
        <translation>Nhóm %1: giải trình của %2 về tiêu chí %3 đang chờ Hội đồng kết luận.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: and %n more explanation(s) awaiting the council&apos;s conclusion.</source>
        <translation>
            <numerusform>Nhóm %1: và %n giải trình khác đang chờ Hội đồng kết luận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class “%1” is empty.</source>
        <translation>Tên xếp loại “%1” đang để trống.</translation>
    </message>
</context>
<context>
    <name>DecisionSource</name>
    <message>
        <source>The file has no period of %1.</source>
        <translation>Tệp không có kỳ đánh giá nào năm %1.</translation>
    </message>
    <message>
        <source>The file has no group %1.</source>
        <translation>Tệp không có nhóm %1.</translation>
    </message>
    <message>
        <source>The stored texts of the %1 decision (%2) cannot be read: %3.</source>
        <translation>Không đọc được nội dung đã lưu của quyết định năm %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The groups of %1 were published in separate decisions (%2 and %3): print each group with --group.</source>
        <translation>Các nhóm năm %1 được công bố bằng các quyết định riêng (%2 và %3): hãy in từng nhóm với --group.</translation>
    </message>
    <message>
        <source>The %1 decision is final: it prints its stored number %2 and date %3. A number or date given now applies to drafts only.</source>
        <translation>Quyết định năm %1 đã chốt: bản in dùng số %2 và ngày %3 đã lưu. Số hoặc ngày nhập lúc này chỉ áp dụng cho bản dự thảo.</translation>
    </message>
    <message>
        <source>The published ranking of %1 (%2) is not in the file.</source>
        <translation>Tệp không có kết quả xếp hạng đã công bố của %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DemoProvince</name>
    <message>
        <source>The demo data file %1 is missing from the program.</source>
        <translation>Chương trình thiếu tệp dữ liệu mẫu %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation>%1 đã tồn tại; tệp mới không bao giờ được ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The demo file could not be moved to %1.</source>
        <translation>Không chuyển được tệp dữ liệu mẫu tới %1.</translation>
    </message>
    <message>
        <source>The demonstration province for %1 could not be made: no temporary folder (%2). Nothing was changed.</source>
        <translation>Không tạo được tỉnh minh họa cho %1: không có thư mục tạm (%2). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>DeskDocument</name>
    <message>
        <source>Not read from the file: %1</source>
        <translation>Không đọc được từ tệp: %1</translation>
    </message>
</context>
<context>
    <name>DroppedValues</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 của %2 ở %3</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>tiêu chí %1</translation>
    </message>
    <message>
        <source>criteria %1</source>
        <translation>các tiêu chí %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 – %4</source>
        <translation>%1: %2 của %3 – %4</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>image</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>trình chiếu</translation>
    </message>
    <message>
        <source>%1 is not a kind of document the store keeps as evidence: attach a PDF, an image (%2) or an office file (%3).</source>
        <translation>%1 không thuộc loại tài liệu được lưu làm tài liệu kiểm chứng: hãy đính kèm tệp PDF, ảnh (%2) hoặc tệp văn phòng (%3).</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to keep as evidence.</source>
        <translation>%1 là tệp rỗng: không có gì để lưu làm tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>%1 does not hold what its name says: its content is not a %2 file. Open it in the program that made it and save it again, or give it the right extension.</source>
        <translation>%1 không đúng như tên gọi: nội dung không phải tệp %2. Hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại, hoặc đặt đúng phần mở rộng.</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 an evidence document may be.</source>
        <translation>%1 lớn hơn giới hạn %2 cho một tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 an evidence document may be.</source>
        <translation>%1 có dung lượng %2, vượt giới hạn %3 cho một tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>Compress it (scan at 150 dpi in grey, or save it again as a smaller PDF) or split it into parts.</source>
        <translation>Hãy nén tệp (quét 150 dpi thang xám, hoặc lưu lại thành PDF nhỏ hơn) hoặc tách thành nhiều phần.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>PAR Index file</source>
        <translation>Tệp PAR Index</translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <source>expected group, score, rate, survey or deduction.</source>
        <translation>loại tiêu chí phải là một trong các giá trị group, score, rate, survey hoặc deduction.</translation>
    </message>
    <message>
        <source>expected the unit&apos;s name.</source>
        <translation>cần tên đơn vị.</translation>
    </message>
    <message>
        <source>expected a group code such as SO, HUYEN or XA.</source>
        <translation>phải là mã nhóm, ví dụ SO, HUYEN hoặc XA.</translation>
    </message>
    <message>
        <source>expected the maximum points%1, a number such as 2 or 1.5.</source>
        <translation>điểm tối đa phải là một số%1, ví dụ 2 hoặc 1.5.</translation>
    </message>
    <message>
        <source>expected linear, thresholds such as 100:2;80:1, or nothing. %1</source>
        <translation>quy tắc phải là linear, các ngưỡng như 100:2;80:1, hoặc để trống. %1</translation>
    </message>
    <message>
        <source>expected at least one criterion below the header.</source>
        <translation>cần ít nhất một tiêu chí dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>expected the code of a unit that takes part in this period.</source>
        <translation>phải là mã của một đơn vị tham gia kỳ đánh giá này.</translation>
    </message>
    <message>
        <source>expected a leaf criterion: %1 is a group, its values go to its sub-criteria.</source>
        <translation>tiêu chí phải là tiêu chí cấp cuối: %1 thuộc loại Tổng hợp, giá trị phải ghi vào các tiêu chí thành phần của %1.</translation>
    </message>
    <message>
        <source>expected the code of a leaf criterion of this period.</source>
        <translation>phải là mã của một tiêu chí cấp cuối trong kỳ đánh giá này.</translation>
    </message>
    <message>
        <source>expected a rate in percent from 0 to 100%1 (criterion %2).</source>
        <translation>tỷ lệ phải là số phần trăm từ 0 đến 100%1 (tiêu chí %2).</translation>
    </message>
    <message>
        <source>expected a number from 0 to %1%2 (criterion %3).</source>
        <translation>giá trị phải là số từ 0 đến %1%2 (tiêu chí %3).</translation>
    </message>
    <message>
        <source>expected a column self or appraised, or both (this file has %1).</source>
        <translation>cần cột self hoặc appraised, hoặc cả hai (tệp này có %1).</translation>
    </message>
    <message>
        <source>expected one row per unit and criterion; line %1 has unit %2 and this criterion already.</source>
        <translation>mỗi đơn vị với mỗi tiêu chí chỉ được một dòng; dòng %1 đã có đơn vị %2 với tiêu chí này.</translation>
    </message>
    <message>
        <source>The wide form has unit_code and one column per leaf criterion; the long form has the columns %1.</source>
        <translation>Bảng dạng ngang có cột unit_code và mỗi tiêu chí cấp cuối một cột; bảng dạng dọc có các cột %1.</translation>
    </message>
    <message>
        <source>expected one row per unit; line %1 has this unit already.</source>
        <translation>mỗi đơn vị chỉ được một dòng; dòng %1 đã có đơn vị này.</translation>
    </message>
    <message>
        <source>expected each code once; line %1 has it already.</source>
        <translation>mỗi mã chỉ được có một lần; dòng %1 đã có mã này.</translation>
    </message>
    <message>
        <source>expected names unique within a group; line %1 has this name in group %2 already.</source>
        <translation>tên trong cùng một nhóm không được trùng nhau; dòng %1 đã có tên này trong nhóm %2.</translation>
    </message>
    <message>
        <source>expected the first year the unit takes part, such as 2025, or nothing.</source>
        <translation>phải là năm đầu tiên đơn vị tham gia, ví dụ 2025, hoặc để trống.</translation>
    </message>
    <message>
        <source>expected the first year the unit no longer takes part, such as 2025, or nothing.</source>
        <translation>phải là năm đầu tiên đơn vị không còn tham gia, ví dụ 2025, hoặc để trống.</translation>
    </message>
    <message>
        <source>expected a year after since_year %1.</source>
        <translation>phải là một năm sau since_year %1.</translation>
    </message>
    <message>
        <source>expected 1 (ranked), 0 (listed without a rank) or nothing (ranked).</source>
        <translation>phải là 1 (xếp hạng), 0 (có tên trong danh sách nhưng không xếp hạng) hoặc để trống (xếp hạng).</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Self-assessment of %1 (%2)</source>
        <translation>Bảng tự đánh giá của %1 (%2)</translation>
    </message>
    <message>
        <source>Enter your self-assessed points in the column self, one row per criterion; leave a cell empty when you have no value yet.</source>
        <translation>Nhập điểm tự đánh giá vào cột self, mỗi tiêu chí một hàng; để trống ô nào chưa có điểm.</translation>
    </message>
    <message>
        <source>For a criterion of kind rate, enter the rate in percent (0 to 100); the column max shows the largest value each cell takes.</source>
        <translation>Với tiêu chí loại rate (tỷ lệ), nhập tỷ lệ phần trăm (từ 0 đến 100); cột max cho biết giá trị lớn nhất mỗi ô được nhập.</translation>
    </message>
    <message>
        <source>Write na in self when a criterion does not apply to your unit, and explain in note.</source>
        <translation>Ghi na vào cột self nếu tiêu chí không áp dụng với đơn vị, và giải trình ở cột note.</translation>
    </message>
    <message>
        <source>Do not change the columns unit_code and criterion_code, nor the first row: the council imports this sheet as it is.</source>
        <translation>Không sửa các cột unit_code, criterion_code và hàng đầu tiên: Hội đồng nhập nguyên trang tính này.</translation>
    </message>
    <message>
        <source>Values use the decimal separator of your spreadsheet; the file keeps them as numbers.</source>
        <translation>Giá trị dùng dấu thập phân theo cài đặt bảng tính của bạn; tệp lưu chúng ở dạng số.</translation>
    </message>
    <message>
        <source>expected a column points, or the answer counts a, b, c, d, e (this file has %1).</source>
        <translation>cần cột points, hoặc các cột số phiếu trả lời a, b, c, d, e (tệp này có %1).</translation>
    </message>
    <message>
        <source>expected either points or the answer counts a, b, c, d, e, not both.</source>
        <translation>chỉ dùng hoặc cột points, hoặc các cột số phiếu a, b, c, d, e, không dùng cả hai.</translation>
    </message>
    <message>
        <source>expected a survey criterion: %1 is of kind %2.</source>
        <translation>phải là tiêu chí điều tra xã hội học: %1 thuộc loại %2.</translation>
    </message>
    <message>
        <source>expected the code of a survey criterion of this period.</source>
        <translation>phải là mã của một tiêu chí điều tra xã hội học trong kỳ đánh giá này.</translation>
    </message>
    <message>
        <source>expected the survey points, a number from 0 to %1%2 (criterion %3).</source>
        <translation>điểm điều tra xã hội học phải là một số từ 0 đến %1%2 (tiêu chí %3).</translation>
    </message>
    <message>
        <source>expected how many people gave answer %1, a whole number from 0 to %2.</source>
        <translation>số người chọn phương án %1 phải là số nguyên từ 0 đến %2.</translation>
    </message>
    <message>
        <source>no answers counted for unit %1, criterion %2: expected at least one answer A to E.</source>
        <translation>đơn vị %1, tiêu chí %2 không có phiếu trả lời nào: cần ít nhất một phiếu từ A đến E.</translation>
    </message>
    <message>
        <source>expected the unit&apos;s name that year.</source>
        <translation>cần có tên của đơn vị trong năm đó.</translation>
    </message>
    <message>
        <source>expected names unique in the roster; line %1 has this name already.</source>
        <translation>tên đơn vị trong danh sách phải khác nhau; dòng %1 đã có tên này.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách đơn vị</translation>
    </message>
    <message>
        <source>expected the maximum points, a number from 0 to %1, the most a criteria tree can have.</source>
        <translation>điểm tối đa phải là một số từ 0 đến %1, mức cao nhất của một bộ tiêu chí.</translation>
    </message>
    <message>
        <source>expected a unit code without spaces that does not start with =, +, - or @, such as DS.</source>
        <translation>mã đơn vị phải không có dấu cách và không bắt đầu bằng =, +, - hoặc @, ví dụ DS.</translation>
    </message>
    <message>
        <source>Ranking of the PAR Index %1 of %2</source>
        <translation>Xếp hạng Chỉ số CCHC năm %1 của %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Tổng điểm đạt được</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation>Chỉ số CCHC (%)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Area %1. %2 (index, %)</source>
        <translation>Lĩnh vực %1. %2 (chỉ số thành phần, %)</translation>
    </message>
    <message>
        <source>Rank last year</source>
        <translation>Hạng năm trước</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Tăng/giảm bậc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>expected a rate in percent from 0 to 100%1 (criterion %2 of %3).</source>
        <translation>phải là tỷ lệ phần trăm từ 0 đến 100%1 (tiêu chí %2 của %3).</translation>
    </message>
    <message>
        <source>expected a number from 0 to %1%2 (criterion %3 of %4).</source>
        <translation>phải là số từ 0 đến %1%2 (tiêu chí %3 của %4).</translation>
    </message>
    <message>
        <source>expected the survey points, a number from 0 to %1%2 (criterion %3 of %4).</source>
        <translation>phải là điểm điều tra xã hội học, một số từ 0 đến %1%2 (tiêu chí %3 của %4).</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; (or nothing).</source>
        <translation>cần &quot;%1&quot; (hoặc để trống).</translation>
    </message>
    <message>
        <source>expected a criterion code of this year&apos;s tree.</source>
        <translation>cần mã một tiêu chí của bộ tiêu chí năm này.</translation>
    </message>
    <message>
        <source>expected a criterion code of the previous year&apos;s tree, or nothing for a new criterion.</source>
        <translation>cần mã một tiêu chí của bộ tiêu chí năm trước, hoặc để trống nếu là tiêu chí mới.</translation>
    </message>
    <message>
        <source>expected an area of the previous year: %1 is an area.</source>
        <translation>cần một lĩnh vực của năm trước: %1 là lĩnh vực.</translation>
    </message>
    <message>
        <source>expected a criterion below an area: %1 is not an area.</source>
        <translation>cần một tiêu chí thuộc lĩnh vực: %1 không phải là lĩnh vực.</translation>
    </message>
    <message>
        <source>expected nothing: the criterion continues nothing (the continues column is empty).</source>
        <translation>cần để trống: tiêu chí không tiếp nối tiêu chí nào (cột continues để trống).</translation>
    </message>
    <message>
        <source>Line %1 has this link already.</source>
        <translation>Dòng %1 đã có liên kết này.</translation>
    </message>
    <message>
        <source>Area %1 (%2) has no row: give the area of the previous year it continues, or an empty continues for a new area.</source>
        <translation>Lĩnh vực %1 (%2) không có dòng nào: hãy ghi lĩnh vực năm trước mà nó tiếp nối, hoặc để trống cột continues nếu là lĩnh vực mới.</translation>
    </message>
    <message>
        <source>Criteria map</source>
        <translation>Liên kết tiêu chí</translation>
    </message>
    <message>
        <source>expected the first year of the new unit, such as 2025.</source>
        <translation>cần năm đầu tiên của đơn vị mới, ví dụ 2025.</translation>
    </message>
    <message>
        <source>expected the code of a unit of the file.</source>
        <translation>cần mã một đơn vị có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>expected another unit than %1.</source>
        <translation>cần một đơn vị khác %1.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Tiếp nối đơn vị</translation>
    </message>
    <message>
        <source>expected a class code: excellent, good, fair, average or weak.</source>
        <translation>cần mã xếp loại: excellent, good, fair, average hoặc weak.</translation>
    </message>
    <message>
        <source>expected the lowest index of the class, a number from 0 to 100%1.</source>
        <translation>cần chỉ số thấp nhất của loại, một số từ 0 đến 100%1.</translation>
    </message>
    <message>
        <source>Line %1 gives the class %2 already.</source>
        <translation>Dòng %1 đã có loại %2.</translation>
    </message>
    <message>
        <source>The file gives no class: a row per class used, such as excellent,90.</source>
        <translation>Tệp không có loại nào: mỗi loại được dùng một dòng, ví dụ excellent,90.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Ngưỡng xếp loại</translation>
    </message>
    <message>
        <source>expected merge, split or rename.</source>
        <translation>cần ghi merge, split hoặc rename.</translation>
    </message>
    <message>
        <source>expected the codes of the units it continues, separated by ;.</source>
        <translation>cần ghi mã các đơn vị được kế thừa, cách nhau bởi dấu ;.</translation>
    </message>
    <message>
        <source>a merge continues two units or more: this row names one.</source>
        <translation>hợp nhất (merge) cần từ hai đơn vị trở lên: dòng này chỉ có một.</translation>
    </message>
    <message>
        <source>a %1 continues one unit: this row names %2.</source>
        <translation>%1 chỉ kế thừa một đơn vị: dòng này có %2.</translation>
    </message>
    <message>
        <source>%1 continues into several units in %2: that is a split.</source>
        <translation>%1 được nhiều đơn vị kế thừa trong năm %2: đó là chia tách (split).</translation>
    </message>
    <message>
        <source>no other row continues %1 in %2: a split has two units or more (or it is a rename).</source>
        <translation>không có dòng nào khác kế thừa %1 trong năm %2: chia tách cần từ hai đơn vị trở lên (nếu không thì là đổi tên).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>FileNumber</name>
    <message>
        <source> with at most %1 decimals</source>
        <translation>, tối đa %1 chữ số thập phân</translation>
    </message>
    <message>
        <source> with &apos;.&apos; as decimal point</source>
        <translation>, dùng dấu &apos;.&apos; làm dấu thập phân</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>Unit %1 does not take part in the %2 ranking of group %3.</source>
        <translation>Đơn vị %1 không tham gia xếp hạng năm %2 của nhóm %3.</translation>
    </message>
    <message>
        <source>self-assessed %1</source>
        <translation>tự đánh giá %1</translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation>thẩm định %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>ghi chú “%1”</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already stored were changed by the file:</source>
        <translation>
            <numerusform>Tệp đã thay đổi %n điểm đã lưu trước đó:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... và %n mục khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach a document.</source>
        <translation>%1 là một thư mục: hãy đính kèm một tài liệu.</translation>
    </message>
    <message>
        <source>%1 is the first period of group %2: there is no earlier year whose criteria it could continue.</source>
        <translation>%1 là kỳ đánh giá đầu tiên của nhóm %2: không có năm trước để tiêu chí tiếp nối.</translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>Group %1 has no period yet.</source>
        <translation>Nhóm %1 chưa có kỳ đánh giá nào.</translation>
    </message>
    <message>
        <source>The chart shows the first %1 units of the latest ranking; choose units to see others.</source>
        <translation>Biểu đồ chỉ vẽ %1 đơn vị đứng đầu bảng xếp hạng gần nhất; hãy chọn đơn vị để xem các đơn vị khác.</translation>
    </message>
    <message>
        <source>Group %1 has no period %2.</source>
        <translation>Nhóm %1 không có kỳ đánh giá năm %2.</translation>
    </message>
    <message>
        <source>The area profile shows one unit: choose exactly one.</source>
        <translation>Biểu đồ chỉ số thành phần chỉ vẽ một đơn vị: hãy chọn đúng một đơn vị.</translation>
    </message>
    <message>
        <source>Not shown, scores missing: %1.</source>
        <translation>Không vẽ vì còn thiếu điểm: %1.</translation>
    </message>
    <message>
        <source>Not shown, every criterion not applicable: %1.</source>
        <translation>Không hiển thị, mọi tiêu chí đều không áp dụng: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking.</source>
        <translation>Vẽ %1 trên %2 đơn vị: %3 đơn vị đứng đầu và %3 đơn vị cuối bảng xếp hạng.</translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking, and the checked units between them (%4).</source>
        <translation>Vẽ %1 trên %2 đơn vị: %3 đơn vị đứng đầu, %3 đơn vị cuối bảng xếp hạng và các đơn vị được chọn ở giữa (%4).</translation>
    </message>
    <message>
        <source>Areas %1 of %2 are not compared with %3: what they continue is not recorded. %4</source>
        <translation>Lĩnh vực %1 năm %2 không được so sánh với năm %3: chưa ghi lĩnh vực này tiếp nối lĩnh vực nào. %4</translation>
    </message>
</context>
<context>
    <name>ImportScoresCommand</name>
    <message>
        <source>import of %1</source>
        <translation>nhập dữ liệu từ %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>Unit %1 is not listed in %2.</source>
        <translation>Đơn vị %1 không có trong danh sách năm %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is not listed in %3: there is nothing to compare with.</source>
        <translation>%1 (%2) không có trong danh sách năm %3: không có kết quả để so sánh.</translation>
    </message>
    <message>
        <source>%1 (%2) has no rank in %3 (%4): its movement cannot be explained.</source>
        <translation>%1 (%2) không được xếp hạng năm %3 (%4): không thể giải thích sự thay đổi thứ hạng, chỉ số.</translation>
    </message>
    <message>
        <source>The result of %1 (%2) in %3 does not add up: its areas&apos; points and maxima, its points, its maximum and its index disagree.</source>
        <translation>Kết quả năm %3 của %1 (%2) không khớp: điểm và điểm tối đa của các lĩnh vực, tổng điểm đạt được, điểm tối đa và chỉ số không thống nhất với nhau.</translation>
    </message>
    <message>
        <source>Area %1 of %2 has no entry in the mapping of areas to %3.</source>
        <translation>Lĩnh vực %1 năm %2 chưa được đối chiếu với lĩnh vực năm %3.</translation>
    </message>
    <message>
        <source>Area %1 of %2 continues area %3, which %4 does not have.</source>
        <translation>Lĩnh vực %1 năm %2 được ghi là kế thừa lĩnh vực %3, nhưng năm %4 không có lĩnh vực này.</translation>
    </message>
    <message>
        <source>Areas %1 and %2 of %3 both continue area %4 of %5: a split area has no contribution of its own.</source>
        <translation>Lĩnh vực %1 và %2 năm %3 cùng kế thừa lĩnh vực %4 năm %5: lĩnh vực được tách ra không có mức đóng góp riêng.</translation>
    </message>
    <message>
        <source>The contributions of the areas of %1 (%2) cannot be made to add up to its change of index.</source>
        <translation>Không thể phân bổ mức đóng góp của các lĩnh vực của %1 (%2) cho khớp với mức thay đổi chỉ số.</translation>
    </message>
</context>
<context>
    <name>MovementChart</name>
    <message>
        <source>%1: index %2 to %3, by area</source>
        <translation>%1: thay đổi chỉ số từ năm %2 đến năm %3 theo lĩnh vực</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Chỉ số năm %1</translation>
    </message>
    <message>
        <source>Index %1: %2%</source>
        <translation>Chỉ số năm %1: %2%</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(đã bỏ)</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5
Contribution: %6 points</source>
        <translation>%1
Năm %2: %3
Năm %4: %5
Đóng góp: %6 điểm</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Giảm</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
</context>
<context>
    <name>MovementReport</name>
    <message>
        <source>%1 is the first year of group %2: there is no earlier year to compare with.</source>
        <translation>%1 là năm đầu tiên của nhóm %2: không có năm trước để so sánh.</translation>
    </message>
    <message>
        <source>The areas of %1 cannot be compared with those of %2: what these areas continue is not recorded.</source>
        <translation>Không so sánh được các lĩnh vực năm %1 với năm %2: chưa ghi các lĩnh vực này tiếp nối lĩnh vực nào.</translation>
    </message>
    <message>
        <source>Unit %1 is not listed in the %2 ranking of group %3.</source>
        <translation>Đơn vị %1 không có trong kết quả xếp hạng năm %2 của nhóm %3.</translation>
    </message>
    <message>
        <source>Area %1 of %2 continues areas %3 of %4, which the unit&apos;s result there does not hold all of, or which another area continues too: a split area has no contribution of its own.</source>
        <translation>Lĩnh vực %1 năm %2 tiếp nối các lĩnh vực %3 năm %4, nhưng kết quả của đơn vị năm đó không có đủ các lĩnh vực này, hoặc có lĩnh vực khác cũng tiếp nối chúng: lĩnh vực bị tách không có phần đóng góp riêng.</translation>
    </message>
    <message>
        <source>Area %1 of %2 is split between areas %3 of %4: the change of a split area cannot be divided between them, so the movement cannot be explained by area.</source>
        <translation>Lĩnh vực %1 năm %2 được tách thành các lĩnh vực %3 năm %4: không thể chia phần thay đổi của lĩnh vực bị tách cho từng lĩnh vực, nên không giải thích được biến động theo lĩnh vực.</translation>
    </message>
</context>
<context>
    <name>MovementText</name>
    <message>
        <source>Rank up %1 since %2 (from %3 to %4)</source>
        <translation>Tăng %1 bậc so với năm %2 (từ %3 lên %4)</translation>
    </message>
    <message>
        <source>Rank down %1 since %2 (from %3 to %4)</source>
        <translation>Giảm %1 bậc so với năm %2 (từ %3 xuống %4)</translation>
    </message>
    <message>
        <source>Same rank as in %1 (%2)</source>
        <translation>Giữ nguyên thứ hạng so với năm %1 (%2)</translation>
    </message>
    <message>
        <source>index up %1 points (from %2% to %3%)</source>
        <translation>chỉ số tăng %1 điểm (từ %2% lên %3%)</translation>
    </message>
    <message>
        <source>index down %1 points (from %2% to %3%)</source>
        <translation>chỉ số giảm %1 điểm (từ %2% xuống %3%)</translation>
    </message>
    <message>
        <source>index unchanged (%1%)</source>
        <translation>chỉ số không đổi (%1%)</translation>
    </message>
    <message>
        <source>the new area %1 (%2 points)</source>
        <translation>lĩnh vực mới %1 (%2 điểm)</translation>
    </message>
    <message>
        <source>area %1 (dropped, %2 points)</source>
        <translation>lĩnh vực %1 (đã bỏ, %2 điểm)</translation>
    </message>
    <message>
        <source>area %1 (%2 points)</source>
        <translation>lĩnh vực %1 (%2 điểm)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>mainly thanks to %1</source>
        <translation>chủ yếu nhờ %1</translation>
    </message>
    <message>
        <source>down in %1</source>
        <translation>giảm ở %1</translation>
    </message>
    <message>
        <source>mainly because of %1</source>
        <translation>chủ yếu do %1</translation>
    </message>
    <message>
        <source>up in %1</source>
        <translation>tăng ở %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 đơn vị khác</translation>
    </message>
    <message>
        <source>Passed: %1; passed by: %2.</source>
        <translation>Vượt qua: %1; bị vượt: %2.</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>Vượt qua: %1.</translation>
    </message>
    <message>
        <source>Passed by: %1.</source>
        <translation>Bị vượt: %1.</translation>
    </message>
    <message>
        <source>%1 (%2), %3 against %4</source>
        <translation>%1 (%2), năm %3 so với năm %4</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(đã bỏ)</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(trước là %1)</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
</context>
<context>
    <name>NewProvince</name>
    <message>
        <source>Type the province&apos;s name, such as Minh Hòa.</source>
        <translation>Hãy nhập tên tỉnh, ví dụ Minh Hòa.</translation>
    </message>
    <message>
        <source>Type the name without “Tỉnh”: the decision prints “ỦY BAN NHÂN DÂN TỈNH” before it.</source>
        <translation>Nhập tên không kèm chữ “Tỉnh”: quyết định tự in “ỦY BAN NHÂN DÂN TỈNH” phía trước.</translation>
    </message>
    <message>
        <source>The first year must be from %1 to %2; %3 is not.</source>
        <translation>Năm đầu tiên phải từ %1 đến %2; %3 không hợp lệ.</translation>
    </message>
    <message>
        <source>Add at least one group of units.</source>
        <translation>Phải có ít nhất một khối đơn vị.</translation>
    </message>
    <message>
        <source>Group %1: the code “%2” must not be empty, hold spaces or start with =, +, - or @.</source>
        <translation>Khối %1: mã “%2” không được để trống, chứa dấu cách hoặc bắt đầu bằng =, +, - hay @.</translation>
    </message>
    <message>
        <source>Group %1: the code %2 is the code of group %3 already.</source>
        <translation>Khối %1: mã %2 trùng với mã của khối %3.</translation>
    </message>
    <message>
        <source>Group %1 (%2): type its name, as the decision prints it.</source>
        <translation>Khối %1 (%2): hãy nhập tên khối như sẽ in trong quyết định.</translation>
    </message>
    <message>
        <source>Group %1: the name “%2” is the name of group %3 already.</source>
        <translation>Khối %1: tên “%2” trùng với tên của khối %3.</translation>
    </message>
    <message>
        <source>The groups cannot be used yet:</source>
        <translation>Các khối chưa dùng được:</translation>
    </message>
    <message>
        <source>expected one of the new file&apos;s groups: %1 (or add this group on the previous page).</source>
        <translation>phải là mã một khối của tệp mới: %1 (hoặc thêm khối này ở trang trước).</translation>
    </message>
    <message>
        <source>%1 holds no unit: one row per unit is expected.</source>
        <translation>%1 không có đơn vị nào: mỗi đơn vị phải là một dòng.</translation>
    </message>
    <message>
        <source>%1 holds no period to copy criteria from.</source>
        <translation>%1 không có kỳ đánh giá nào để sao chép bộ tiêu chí.</translation>
    </message>
    <message>
        <source>%1 has no %2 period of group %3.</source>
        <translation>%1 không có kỳ đánh giá năm %2 của khối %3.</translation>
    </message>
    <message>
        <source>The %1 period of group %2 in %3 has no criteria to copy.</source>
        <translation>Kỳ đánh giá năm %1 của khối %2 trong %3 không có tiêu chí để sao chép.</translation>
    </message>
    <message>
        <source>Unit “%1” (%2): a code must not be empty, hold spaces or start with =, +, - or @.</source>
        <translation>Đơn vị “%1” (%2): mã không được để trống, chứa dấu cách hoặc bắt đầu bằng =, +, - hay @.</translation>
    </message>
    <message>
        <source>Unit %1 (%2): another unit has this code already.</source>
        <translation>Đơn vị %1 (%2): mã này đã là mã của một đơn vị khác.</translation>
    </message>
    <message>
        <source>Unit %1 (%2) is in group %3, which the new file does not have.</source>
        <translation>Đơn vị %1 (%2) thuộc khối %3, nhưng tệp mới không có khối này.</translation>
    </message>
    <message>
        <source>Criteria are given for group %1, which the new file does not have.</source>
        <translation>Có bộ tiêu chí cho khối %1, nhưng tệp mới không có khối này.</translation>
    </message>
    <message>
        <source>The new province does not hold together:</source>
        <translation>Dữ liệu của tỉnh mới chưa khớp nhau:</translation>
    </message>
    <message>
        <source>Choose where the new file is saved.</source>
        <translation>Hãy chọn nơi lưu tệp mới.</translation>
    </message>
    <message>
        <source>%1 already exists; a new file is never written over an existing one.</source>
        <translation>%1 đã có; tệp mới không bao giờ ghi đè lên tệp đã có.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>The new file could not be moved to %1.</source>
        <translation>Không chuyển được tệp mới vào %1.</translation>
    </message>
    <message>
        <source>Type the city&apos;s name, such as Hải Phòng.</source>
        <translation>Hãy nhập tên thành phố, ví dụ Hải Phòng.</translation>
    </message>
    <message>
        <source>A centrally-run city is not a “Tỉnh”: type the city&apos;s name alone, or choose a province.</source>
        <translation>Thành phố trực thuộc trung ương không phải là “Tỉnh”: chỉ nhập tên thành phố, hoặc chọn loại là tỉnh.</translation>
    </message>
    <message>
        <source>Type the name without “Thành phố”: the decision prints “ỦY BAN NHÂN DÂN THÀNH PHỐ” before it.</source>
        <translation>Nhập tên không kèm chữ “Thành phố”: quyết định tự in “ỦY BAN NHÂN DÂN THÀNH PHỐ” phía trước.</translation>
    </message>
    <message>
        <source>“%1” reads as a city: choose “centrally-run city” and type the name without “Thành phố”.</source>
        <translation>“%1” là tên một thành phố: hãy chọn loại “thành phố trực thuộc trung ương” và nhập tên không kèm chữ “Thành phố”.</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source>Group %1 has no units in %2: there is no notice to make.</source>
        <translation>Nhóm %1 không có đơn vị nào trong năm %2: không có thông báo nào để lập.</translation>
    </message>
    <message>
        <source>Unit %1 does not take part in the %2 appraisal of %3.</source>
        <translation>Đơn vị %1 không tham gia đánh giá năm %2 của %3.</translation>
    </message>
</context>
<context>
    <name>NoticePrint</name>
    <message>
        <source>The notice could not be drawn: the printer or file refused to start.</source>
        <translation>Không vẽ được thông báo: máy in hoặc tệp từ chối bắt đầu.</translation>
    </message>
    <message>
        <source>The notice could not be drawn: page %1 was refused.</source>
        <translation>Không vẽ được thông báo: trang %1 bị từ chối.</translation>
    </message>
    <message>
        <source>The notice could not be finished on the printer or file.</source>
        <translation>Không hoàn tất được thông báo trên máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a folder for the notices.</source>
        <translation>Thư mục %1 không tồn tại: hãy chọn thư mục để ghi các thông báo.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Chưa có tên tệp để ghi.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write. Nothing was written.</source>
        <translation>%1 là một thư mục: hãy cho tên một tệp để ghi. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file: nothing was written to it.</source>
        <translation>%1 là một thiết bị, không phải tệp: chưa ghi gì vào đó.</translation>
    </message>
    <message>
        <source>%1 can only be read: it was not replaced. Choose another file, or allow writing to it.</source>
        <translation>%1 chỉ cho phép đọc: tệp không bị thay thế. Hãy chọn tệp khác, hoặc cho phép ghi vào tệp đó.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Nothing was written.</source>
        <translation>Thư mục của %1 không tồn tại. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The folder of %1 can only be read: nothing was written there.</source>
        <translation>Thư mục của %1 chỉ cho phép đọc: chưa ghi gì vào đó.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe: this is written only to a file. Nothing was written.</source>
        <translation>%1 là một thiết bị hoặc đường ống: nội dung này chỉ ghi vào tệp. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The results could not be written to the standard output: %1.</source>
        <translation>Không ghi được kết quả ra đầu ra chuẩn: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>ghi không thành công</translation>
    </message>
    <message>
        <source>%1 already exists: it is never written over. Choose a new name; nothing was written.</source>
        <translation>%1 đã có: tệp có sẵn không bao giờ bị ghi đè. Hãy chọn tên mới; chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Appraising</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Đã chốt</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>%1: 1 problem; nothing was imported.</source>
        <translation>%1: 1 lỗi; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was imported.</source>
        <translation>%1: %2 lỗi; chưa nhập dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>not listed</source>
        <translation>không có trong danh sách</translation>
    </message>
    <message>
        <source>incomplete (%1 missing)</source>
        <translation>chưa đủ điểm (thiếu %1)</translation>
    </message>
    <message>
        <source>%1 points of %2, index %3, rank %4, %5</source>
        <translation>%1 điểm trên %2, chỉ số %3, hạng %4, %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>unit %1: published %2; computed now %3</source>
        <translation>đơn vị %1: đã công bố %2; tính lại nay %3</translation>
    </message>
    <message>
        <source>The published ranking of %1/%2 cannot be read.</source>
        <translation>Không đọc được kết quả xếp hạng đã công bố của kỳ %1/%2.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>Kỳ đánh giá không còn nữa.</translation>
    </message>
    <message>
        <source>%1 cannot be computed again: %2</source>
        <translation>Không tính lại được kỳ %1: %2</translation>
    </message>
    <message>
        <source>%1: the ranking computed now from the file differs from the one published in decision %2:</source>
        <translation>%1: xếp hạng tính lại từ dữ liệu trong tệp khác với xếp hạng đã công bố tại quyết định %2:</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more unit(s).</source>
        <translation>
            <numerusform>  ... và %n đơn vị khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printed digest: it has 8 letters and digits, as XXXX-XXXX.</source>
        <translation>&quot;%1&quot; không phải là mã kiểm tra: mã gồm 8 chữ cái và chữ số, dạng XXXX-XXXX.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 published %2 (decision %3)</source>
        <translation>kỳ %1 đã công bố mã %2 (quyết định %3)</translation>
    </message>
    <message>
        <source>%1 matches what %2 published in decision %3 of %4.</source>
        <translation>Mã %1 khớp với kết quả kỳ %2 đã công bố tại quyết định %3 ngày %4.</translation>
    </message>
    <message>
        <source>That decision was replaced since: %1 was reopened and %2.</source>
        <translation>Quyết định đó đã được thay thế: kỳ %1 đã được mở lại để điều chỉnh và %2.</translation>
    </message>
    <message>
        <source>published again in decision %1</source>
        <translation>đã công bố lại tại quyết định %1</translation>
    </message>
    <message>
        <source>is not final now</source>
        <translation>hiện chưa chốt</translation>
    </message>
    <message>
        <source>No final period of this file matches the year and group given: nothing to compare with %1.</source>
        <translation>Tệp không có kỳ đã chốt nào ứng với năm và nhóm đã chọn: không có gì để đối chiếu với %1.</translation>
    </message>
    <message>
        <source>No period of this file was ever finalised: nothing to compare with %1.</source>
        <translation>Tệp chưa có kỳ đánh giá nào được chốt: không có gì để đối chiếu với %1.</translation>
    </message>
    <message>
        <source>%1 is not the digest of anything this file published: the file does not match the paper (what it published was changed), or the digest was misread.</source>
        <translation>%1 không phải mã kiểm tra của kết quả nào tệp này đã công bố: tệp không khớp với bản giấy (kết quả đã công bố đã bị thay đổi), hoặc mã đã bị đọc nhầm.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Khổ ngang đảo ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Khổ dọc đảo ngược</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện tổng quan mọi trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Tập trang:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép đường dẫn liên &amp;kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RankMovementChart</name>
    <message>
        <source>Ranks of %1, %2–%3</source>
        <translation>Thứ hạng giai đoạn %2–%3 của %1</translation>
    </message>
    <message>
        <source>Ranks of %1</source>
        <translation>Thứ hạng của %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <source>%1: rank %2</source>
        <translation>%1: hạng %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
</context>
<context>
    <name>RankingPrint</name>
    <message numerus="yes">
        <source>appraised scores missing: %1 and %n more</source>
        <translation>
            <numerusform>thiếu điểm thẩm định: %1 và %n tiêu chí khác</numerusform>
        </translation>
    </message>
    <message>
        <source>final results</source>
        <translation>kết quả đã chốt</translation>
    </message>
    <message>
        <source>provisional results: the period is not final</source>
        <translation>kết quả tạm tính: kỳ đánh giá chưa chốt</translation>
    </message>
    <message>
        <source>Group: %1 · Year: %2 · %3 · Printed on %4</source>
        <translation>Nhóm: %1 · Năm: %2 · %3 · In ngày %4</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ranked</source>
        <translation>
            <numerusform>%n đơn vị được xếp hạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rank</source>
        <translation>
            <numerusform>%n đơn vị không xếp hạng</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Không xếp hạng</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>The ranking could not be drawn: the printer or file refused to start.</source>
        <translation>Không vẽ được bảng xếp hạng: máy in hoặc tệp từ chối bắt đầu.</translation>
    </message>
    <message>
        <source>The ranking could not be drawn: page %1 was refused.</source>
        <translation>Không vẽ được bảng xếp hạng: trang %1 bị từ chối.</translation>
    </message>
    <message>
        <source>%1 · printed on %2</source>
        <translation>%1 · in ngày %2</translation>
    </message>
    <message>
        <source>The ranking could not be finished on the printer or file.</source>
        <translation>Không hoàn tất được bảng xếp hạng trên máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>RankingSummary</name>
    <message>
        <source>%1 (%2) is not among the units of %3 in %4.</source>
        <translation>%1 (%2) không thuộc các đơn vị của khối %3 năm %4.</translation>
    </message>
    <message>
        <source>There is no unit %1 in the file.</source>
        <translation>Tệp không có đơn vị %1.</translation>
    </message>
    <message>
        <source>Group %1 has no period of %2.</source>
        <translation>Khối %1 chưa có kỳ đánh giá năm %2.</translation>
    </message>
    <message>
        <source>There is no group %1 in the file.</source>
        <translation>Tệp không có khối %1.</translation>
    </message>
    <message>
        <source>No group has a period of %1.</source>
        <translation>Chưa có khối nào có kỳ đánh giá năm %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the ranking of any group in %3.</source>
        <translation>%1 (%2) không có trong bảng xếp hạng của khối nào năm %3.</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Tổng điểm đạt được</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Hạng năm trước</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng/giảm bậc</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>không xếp hạng</translation>
    </message>
    <message>
        <source>PAR Index %1, group %2 (maximum %3 points)</source>
        <translation>Chỉ số CCHC năm %1, nhóm %2 (điểm tối đa %3)</translation>
    </message>
    <message>
        <source>Not ranked, scores missing:</source>
        <translation>Không xếp hạng do còn thiếu điểm:</translation>
    </message>
    <message>
        <source>Not ranked:</source>
        <translation>Không xếp hạng:</translation>
    </message>
    <message>
        <source>new (%1)</source>
        <translation>mới (%1)</translation>
    </message>
</context>
<context>
    <name>RateRule</name>
    <message>
        <source>Rate rule &quot;%1&quot;: &quot;%2&quot; is not of the form rate:points (e.g. 80:1.5).</source>
        <translation>Quy tắc tỷ lệ &quot;%1&quot;: &quot;%2&quot; không có dạng tỷ lệ:điểm (ví dụ 80:1.5).</translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the rate %2 is outside 0 to 100.</source>
        <translation>Quy tắc tỷ lệ &quot;%1&quot;: tỷ lệ %2 nằm ngoài khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the points %2 are negative.</source>
        <translation>Quy tắc tỷ lệ &quot;%1&quot;: số điểm %2 là số âm.</translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot;: the rate %2 appears twice.</source>
        <translation>Quy tắc tỷ lệ &quot;%1&quot;: tỷ lệ %2 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>Rate rule &quot;%1&quot; is neither &quot;linear&quot; nor a list of rate:points thresholds.</source>
        <translation>Quy tắc tỷ lệ &quot;%1&quot; không phải &quot;linear&quot; (tuyến tính), cũng không phải danh sách các ngưỡng tỷ lệ:điểm.</translation>
    </message>
</context>
<context>
    <name>RecordExplanationCommand</name>
    <message>
        <source>explanation of %1 for criterion %2</source>
        <translation>giải trình của %1 về tiêu chí %2</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>removal of evidence %1 of %2 for criterion %3</source>
        <translation>gỡ tài liệu kiểm chứng %1 của %2 cho tiêu chí %3</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>not a member of the council: this login may only read</source>
        <translation>không phải thành viên hội đồng: tài khoản này chỉ được xem</translation>
    </message>
    <message>
        <source>%1, staff of unit %2: self-assessment and explanations of that unit only</source>
        <translation>%1, cán bộ đơn vị %2: chỉ điểm tự đánh giá và giải trình của đơn vị đó</translation>
    </message>
    <message>
        <source>every area</source>
        <translation>mọi lĩnh vực</translation>
    </message>
    <message>
        <source>area(s) %1</source>
        <translation>lĩnh vực %1</translation>
    </message>
    <message>
        <source>%1 of group %2</source>
        <translation>%1 của nhóm %2</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, đơn vị %2</translation>
    </message>
    <message>
        <source>%1, appraiser of %2: appraised values and notes there only</source>
        <translation>%1, thành viên thẩm định %2: chỉ điểm thẩm định và ghi chú ở đó</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>--weights must be a percentage from 0 to 100 with at most two decimals, such as 20%.</source>
        <translation>--weights phải là tỷ lệ phần trăm từ 0 đến 100, nhiều nhất hai chữ số thập phân, ví dụ 20%.</translation>
    </message>
    <message>
        <source>--scores must be a percentage from 0 to 100 with at most two decimals, such as 5%.</source>
        <translation>--scores phải là tỷ lệ phần trăm từ 0 đến 100, nhiều nhất hai chữ số thập phân, ví dụ 5%.</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to %1.</source>
        <translation>--draws phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed phải là số nguyên từ 0 đến %1.</translation>
    </message>
    <message>
        <source>The robustness analysis was stopped.</source>
        <translation>Đã dừng phân tích độ vững của thứ hạng.</translation>
    </message>
</context>
<context>
    <name>RobustnessChart</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Robustness of the ranking of %1, %2</source>
        <translation>Độ vững của thứ hạng Chỉ số CCHC năm %2 của %1</translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking; the table (robustness --format csv) has every unit.</source>
        <translation>Biểu đồ vẽ %1 trong số %2 đơn vị: %3 đơn vị đầu và %3 đơn vị cuối bảng xếp hạng; bảng (robustness --format csv) có đủ mọi đơn vị.</translation>
    </message>
    <message>
        <source>… %1 units …</source>
        <translation>… %1 đơn vị …</translation>
    </message>
    <message>
        <source>Rank in %1 draws: areas ±%2%, scores ±%3% (bars: 5th to 95th percentile)</source>
        <translation>Thứ hạng qua %1 lần mô phỏng: lĩnh vực ±%2%, điểm ±%3% (thanh: bách phân vị 5–95)</translation>
    </message>
    <message>
        <source>Rank in %1 draws, each area&apos;s maximum within ±%2% (bars: 5th to 95th percentile)</source>
        <translation>Thứ hạng qua %1 lần mô phỏng, điểm tối đa mỗi lĩnh vực ±%2% (thanh: bách phân vị 5–95)</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Thứ hạng trung vị</translation>
    </message>
    <message>
        <source>Rank in the ranking</source>
        <translation>Thứ hạng thực tế</translation>
    </message>
    <message>
        <source>Best to worst rank</source>
        <translation>Hạng cao nhất – thấp nhất</translation>
    </message>
    <message>
        <source>%1 of the %2 selected units are drawn: the first %1 of them in the ranking.</source>
        <translation>Biểu đồ vẽ %1 trong số %2 đơn vị đã chọn: %1 đơn vị đứng đầu trong số đó theo xếp hạng.</translation>
    </message>
    <message>
        <source>%1 of the %2 units are drawn: those selected.</source>
        <translation>Biểu đồ vẽ %1 trong số %2 đơn vị: các đơn vị đã chọn.</translation>
    </message>
</context>
<context>
    <name>RobustnessReport</name>
    <message>
        <source>%1/%2 has no ranked unit: there is no order to test.</source>
        <translation>Kỳ %1/%2 không có đơn vị nào được xếp hạng: không có thứ tự để kiểm tra.</translation>
    </message>
    <message>
        <source>Robustness of the ranking %1, group %2: %3 draws (seed %4), each area&apos;s maximum within ±%5% of its own, the areas brought back to the total</source>
        <translation>Độ vững của thứ hạng năm %1, nhóm %2: %3 lần mô phỏng (hạt giống %4), điểm tối đa của mỗi lĩnh vực thay đổi trong khoảng ±%5%, rồi các lĩnh vực được quy đổi lại cho đúng tổng điểm</translation>
    </message>
    <message>
        <source>, each appraised leaf within ±%1% of its maximum</source>
        <translation>, điểm thẩm định của mỗi tiêu chí thành phần thay đổi trong khoảng ±%1% điểm tối đa của nó</translation>
    </message>
    <message>
        <source>Median rank and the 5th to 95th percentile of the rank over the draws (nearest rank); the share of the draws in each class.</source>
        <translation>Thứ hạng trung vị và khoảng từ bách phân vị 5 đến 95 của thứ hạng qua các lần mô phỏng (theo hạng gần nhất); tỷ lệ số lần mô phỏng ở mỗi xếp loại.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>5%–95%</source>
        <translation>5%–95%</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Cao nhất–thấp nhất</translation>
    </message>
    <message>
        <source>Classes in the draws</source>
        <translation>Xếp loại qua các lần mô phỏng</translation>
    </message>
</context>
<context>
    <name>SaveGroupCommand</name>
    <message>
        <source>name of group %1</source>
        <translation>tên nhóm %1</translation>
    </message>
</context>
<context>
    <name>ScoreInput</name>
    <message>
        <source>Criterion %1 takes a rate from 0 to 100 %.</source>
        <translation>Tỷ lệ phải là số phần trăm từ 0 đến 100 (tiêu chí %1).</translation>
    </message>
    <message>
        <source>Criterion %1 takes a value from 0 to %2 points.</source>
        <translation>Giá trị phải là số từ 0 đến %2 (tiêu chí %1).</translation>
    </message>
    <message>
        <source>“%1” is not a number. %2</source>
        <translation>“%1” không phải là số. %2</translation>
    </message>
    <message>
        <source>%1 “%2” was not saved.</source>
        <translation>%1 Giá trị “%2” chưa được lưu.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a rate in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Appraised differs from self-assessment: add a note</source>
        <translation>Điểm thẩm định khác điểm tự đánh giá: hãy thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address: %2</source>
        <translation>%1 không phải là địa chỉ máy chủ: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://, as postgresql://user@host:5432/database.</source>
        <translation>địa chỉ phải bắt đầu bằng postgresql://, ví dụ postgresql://nguoidung@maychu:5432/csdl.</translation>
    </message>
    <message>
        <source>The server address holds a password. Remove it from the address (it would show in the list of processes): the program asks for it, or takes it from ~/.pgpass.</source>
        <translation>Địa chỉ máy chủ có chứa mật khẩu. Hãy bỏ mật khẩu khỏi địa chỉ (nó sẽ hiện trong danh sách tiến trình): chương trình sẽ hỏi mật khẩu, hoặc lấy từ tệp ~/.pgpass.</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535.</source>
        <translation>cổng phải từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>it names no database (…/dbname at its end).</source>
        <translation>địa chỉ chưa nêu cơ sở dữ liệu (…/tên_csdl ở cuối).</translation>
    </message>
    <message>
        <source>the database name “%1” holds a slash.</source>
        <translation>tên cơ sở dữ liệu “%1” có dấu gạch chéo.</translation>
    </message>
    <message>
        <source>a server address has no #%1 part.</source>
        <translation>địa chỉ máy chủ không có phần #%1.</translation>
    </message>
    <message>
        <source>the option “%1” is not known here (known: %2).</source>
        <translation>không có tùy chọn “%1” (các tùy chọn có: %2).</translation>
    </message>
    <message>
        <source>the option “%1” is given twice.</source>
        <translation>tùy chọn “%1” được nêu hai lần.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not “%2”.</source>
        <translation>sslmode phải là một trong %1, không phải “%2”.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds, not “%1”.</source>
        <translation>connect_timeout là số giây, không phải “%1”.</translation>
    </message>
    <message>
        <source>the host option names a socket directory (/run/postgresql), not “%1”; write the host name after //.</source>
        <translation>tùy chọn host là thư mục socket (/run/postgresql), không phải “%1”; tên máy chủ viết ngay sau //.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2. The password was not saved.</source>
        <translation>Không đọc được tệp mật khẩu %1: %2. Mật khẩu chưa được lưu.</translation>
    </message>
    <message>
        <source>The password could not be saved in %1: %2. Nothing was changed in that file.</source>
        <translation>Không lưu được mật khẩu vào %1: %2. Tệp đó không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SetBandsCommand</name>
    <message>
        <source>classification bands</source>
        <translation>ngưỡng xếp loại</translation>
    </message>
</context>
<context>
    <name>SetCriteriaMapCommand</name>
    <message>
        <source>what the criteria of %1 continue</source>
        <translation>liên kết tiêu chí năm %1 với năm trước</translation>
    </message>
</context>
<context>
    <name>SetDecisionTextsCommand</name>
    <message>
        <source>change of the decision&apos;s %1</source>
        <translation>sửa %1 của quyết định</translation>
    </message>
</context>
<context>
    <name>SetScoreCommand</name>
    <message>
        <source>score %1 of %2</source>
        <translation>điểm %1 của %2</translation>
    </message>
</context>
<context>
    <name>StandingText</name>
    <message>
        <source>appraised scores missing: %1</source>
        <translation>thiếu điểm thẩm định: %1</translation>
    </message>
    <message>
        <source>a unit of special status, listed without a rank</source>
        <translation>đơn vị đặc thù, có tên trong danh sách nhưng không xếp hạng</translation>
    </message>
    <message>
        <source>every criterion is not applicable to this unit (its applicable maximum is 0)</source>
        <translation>mọi tiêu chí đều không áp dụng với đơn vị này (điểm tối đa áp dụng bằng 0)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>trước đây là %1</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>hợp nhất từ %1</translation>
    </message>
    <message>
        <source>split from %1</source>
        <translation>chia tách từ %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1 is busy: another program or window is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>%1 đang bận: một chương trình hoặc cửa sổ khác đang ghi vào tệp. Chưa có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1 can only be read: nothing was changed.</source>
        <translation>%1 chỉ đọc được: chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (input/output error). Nothing was changed; check the disk or the network drive.</source>
        <translation>Đọc hoặc ghi %1 không thành công (lỗi vào/ra). Chưa có gì thay đổi; hãy kiểm tra ổ đĩa hoặc ổ mạng.</translation>
    </message>
    <message>
        <source>%1 is damaged. Open a backup copy, or run `check` for details.</source>
        <translation>%1 bị hỏng. Hãy mở một bản sao lưu, hoặc chạy lệnh `check` để xem chi tiết.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Chưa có gì thay đổi; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The change would break the file&apos;s consistency and was refused (%1).</source>
        <translation>Thay đổi này sẽ phá vỡ tính nhất quán của tệp nên đã bị từ chối (%1).</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Lỗi cơ sở dữ liệu không lường trước trong %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is of version %2 and %3 of version %4: a store is copied only into one of its own version.</source>
        <translation>%1 thuộc phiên bản %2, còn %3 thuộc phiên bản %4: kho dữ liệu chỉ được sao chép sang kho cùng phiên bản.</translation>
    </message>
    <message>
        <source>The table %1 has the columns (%2) in %3 and (%4) in %5, which are of the same version.</source>
        <translation>Bảng %1 có các cột (%2) trong %3 và (%4) trong %5, dù cùng phiên bản.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: check finds %n problem(s) in it. Restore it from a backup, or correct what they name first.</source>
        <translation>
            <numerusform>%1 bị hỏng: kiểm tra thấy %n vấn đề. Hãy khôi phục từ bản sao lưu, hoặc sửa những chỗ được nêu trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 does not pass its check (%n problem(s)), although its source does.</source>
        <translation>
            <numerusform>Bản sao trong %1 không qua được kiểm tra (%n vấn đề), dù bản gốc qua được.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>Chưa sao chép %1 sang %2: %3</translation>
    </message>
    <message>
        <source>The tables made in %1 could not be removed: %2. Drop them before trying again.</source>
        <translation>Không xoá được các bảng đã tạo trong %1: %2. Hãy xoá chúng trước khi thử lại.</translation>
    </message>
    <message>
        <source>%1 was left empty, as it was.</source>
        <translation>%1 vẫn trống như trước.</translation>
    </message>
    <message>
        <source>%1/%2 is not final: only a published period is archived, as it was published (a copy of the whole store keeps a period that is still changing).</source>
        <translation>Kỳ %1/%2 chưa chốt: chỉ kỳ đã công bố mới được lưu trữ, đúng như khi công bố (muốn giữ một kỳ còn đang thay đổi, hãy sao chép cả kho dữ liệu).</translation>
    </message>
    <message>
        <source>A period is archived into a file, not into a server database.</source>
        <translation>Kỳ đánh giá được lưu trữ vào một tệp, không phải vào cơ sở dữ liệu trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 is a CSV file: it has no sheets (--sheet is for .xlsx workbooks).</source>
        <translation>%1 là tệp CSV: không có trang tính (--sheet chỉ dùng cho tệp .xlsx).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Đã hủy việc đọc %1.</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>expected a column named %1 in the header (this file has %2).</source>
        <translation>cần cột tên %1 ở dòng tiêu đề (tệp này có %2).</translation>
    </message>
    <message>
        <source>column %1 has no name but holds a value on line %2: expected a column name.</source>
        <translation>cột %1 không có tên nhưng có giá trị ở dòng %2: cần đặt tên cho cột.</translation>
    </message>
    <message>
        <source>expected each column once; this one is column %1 and %2.</source>
        <translation>mỗi cột chỉ được có một lần; cột này vừa là cột %1 vừa là cột %2.</translation>
    </message>
    <message>
        <source>expected at most %1 values, one per column of the header, but found %2 (a value that holds the delimiter &quot;%3&quot; must be in quotes).</source>
        <translation>cần tối đa %1 giá trị, mỗi cột của dòng tiêu đề một giá trị, nhưng có %2 (giá trị chứa dấu phân cách &quot;%3&quot; phải đặt trong ngoặc kép).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source> – did you mean &quot;%1&quot;?</source>
        <translation> – có phải là &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of %2.</source>
        <translation>cột &quot;%1&quot; không thuộc các cột %2.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of %2%3</source>
        <translation>cột &quot;%1&quot; không thuộc các cột %2%3</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>PAR Index of %1</source>
        <translation>Chỉ số CCHC của %1</translation>
    </message>
    <message>
        <source>PAR Index of %1, %2</source>
        <translation>Chỉ số CCHC năm %2 của %1</translation>
    </message>
    <message>
        <source>PAR Index of %1, %2–%3</source>
        <translation>Chỉ số CCHC giai đoạn %2–%3 của %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>PAR Index (%)</source>
        <translation>Chỉ số CCHC (%)</translation>
    </message>
    <message>
        <source>Group average</source>
        <translation>Trung bình nhóm</translation>
    </message>
    <message>
        <source>Group median</source>
        <translation>Trung vị nhóm</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source> – %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation>, hạng %1</translation>
    </message>
</context>
<context>
    <name>TrendTables</name>
    <message>
        <source>There is no group %1.</source>
        <translation>Không có nhóm %1.</translation>
    </message>
    <message>
        <source>Group %1 has no period from %2 to %3.</source>
        <translation>Nhóm %1 không có kỳ đánh giá nào từ năm %2 đến năm %3.</translation>
    </message>
    <message>
        <source>Group %1 has no period from %2 on.</source>
        <translation>Nhóm %1 không có kỳ đánh giá nào từ năm %2 trở đi.</translation>
    </message>
    <message>
        <source>Group %1 has no period up to %2.</source>
        <translation>Nhóm %1 không có kỳ đánh giá nào đến năm %2.</translation>
    </message>
    <message>
        <source>Group %1 has no period yet.</source>
        <translation>Nhóm %1 chưa có kỳ đánh giá nào.</translation>
    </message>
    <message>
        <source>No result for %1 in group %2 in the years asked for: check the unit codes.</source>
        <translation>Không có kết quả của %1 trong nhóm %2 ở các năm đã chọn: hãy kiểm tra mã đơn vị.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s years was stopped.</source>
        <translation>Đã dừng đọc kết quả các năm.</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Unit %1 has no complete result in %2.</source>
        <translation>Đơn vị %1 không có kết quả đầy đủ năm %2.</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>hợp nhất vào %1</translation>
    </message>
    <message>
        <source>split into %1</source>
        <translation>chia tách thành %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>đổi tên thành %1</translation>
    </message>
    <message>
        <source>%1 (%2; no result in group %3)</source>
        <translation>%1 (%2; không có kết quả trong nhóm %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>criterion %1 of the period is missing from the scenario: a scenario has the same criteria as the period, with other maxima or rules.</source>
        <translation>tiêu chí %1 của kỳ đánh giá không có trong phương án: phương án phải có đúng các tiêu chí của kỳ đánh giá, chỉ khác điểm tối đa hoặc cách tính.</translation>
    </message>
    <message>
        <source>criterion %1 is not a criterion of the period: a scenario has the same criteria as the period, with other maxima or rules.</source>
        <translation>%1 không phải là tiêu chí của kỳ đánh giá: phương án phải có đúng các tiêu chí của kỳ đánh giá, chỉ khác điểm tối đa hoặc cách tính.</translation>
    </message>
    <message>
        <source>criterion %1 is of kind %2 in the period and %3 in the scenario: the values entered could not be carried over; keep its kind.</source>
        <translation>tiêu chí %1 thuộc loại %2 trong kỳ đánh giá nhưng là %3 trong phương án: không thể chuyển điểm đã nhập sang; hãy giữ nguyên loại tiêu chí.</translation>
    </message>
    <message>
        <source>The scenario&apos;s criteria do not fit the period %1/%2:</source>
        <translation>Bộ tiêu chí của phương án không khớp với kỳ đánh giá %1/%2:</translation>
    </message>
    <message>
        <source>Unit %1 does not take part in %2: give the code of a unit of its roster.</source>
        <translation>Đơn vị %1 không tham gia kỳ đánh giá %2: hãy nhập mã một đơn vị có trong danh sách của kỳ.</translation>
    </message>
    <message>
        <source>%1 has no criterion %2: give the code of a leaf criterion, such as 1.1.</source>
        <translation>Kỳ đánh giá %1 không có tiêu chí %2: hãy nhập mã một tiêu chí chấm điểm, ví dụ 1.1.</translation>
    </message>
    <message>
        <source>Criterion %1 of %2 is a group: its points are the sum of its criteria; give one of them.</source>
        <translation>Tiêu chí %1 của kỳ %2 là tiêu chí tổng hợp: điểm của nó là tổng điểm các tiêu chí con; hãy nhập một tiêu chí con.</translation>
    </message>
    <message>
        <source>The value %1 is out of range for criterion %2: a rate in percent from 0 to %3.</source>
        <translation>Giá trị %1 nằm ngoài phạm vi của tiêu chí %2: phải là tỷ lệ phần trăm từ 0 đến %3.</translation>
    </message>
    <message>
        <source>The value %1 is out of range for criterion %2: points from 0 to %3.</source>
        <translation>Giá trị %1 nằm ngoài phạm vi của tiêu chí %2: phải là số điểm từ 0 đến %3.</translation>
    </message>
    <message>
        <source>%1 has no saved scenario (looked for “%2”).</source>
        <translation>%1 chưa có kịch bản nào được lưu (đã tìm “%2”).</translation>
    </message>
    <message>
        <source>%1 has no scenario named “%2”; its scenarios are %3.</source>
        <translation>%1 không có kịch bản nào tên “%2”; các kịch bản hiện có: %3.</translation>
    </message>
    <message>
        <source>The scenario “%1” cannot be read: %2</source>
        <translation>Không đọc được kịch bản “%1”: %2</translation>
    </message>
    <message>
        <source>criterion %1 has no valid maximum, kind or rule.</source>
        <translation>tiêu chí %1 không có điểm tối đa, loại hoặc quy tắc hợp lệ.</translation>
    </message>
    <message>
        <source>the band %1 has no valid class or minimum.</source>
        <translation>ngưỡng %1 không có loại hoặc chỉ số tối thiểu hợp lệ.</translation>
    </message>
</context>
<context>
    <name>WhatIfFormats</name>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>nothing entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>index %1, rank %2, %3</source>
        <translation>chỉ số %1, xếp thứ %2, loại %3</translation>
    </message>
    <message>
        <source>index %1, not ranked, %2</source>
        <translation>chỉ số %1, không xếp hạng, loại %2</translation>
    </message>
    <message>
        <source>%1/%2, unit %3, criterion %4: %5 instead of %6 (nothing is changed in the file).</source>
        <translation>%1/%2, đơn vị %3, tiêu chí %4: %5 thay cho %6 (dữ liệu trong tệp không thay đổi).</translation>
    </message>
    <message>
        <source>%1 %2: now %3; after the correction %4.</source>
        <translation>%1 %2: hiện nay %3; sau khi điều chỉnh %4.</translation>
    </message>
    <message>
        <source>No unit&apos;s rank or class would change.</source>
        <translation>Không đơn vị nào thay đổi thứ hạng hoặc xếp loại.</translation>
    </message>
    <message>
        <source>Units whose rank or class would change (%1):</source>
        <translation>Các đơn vị sẽ thay đổi thứ hạng hoặc xếp loại (%1):</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>không xếp hạng</translation>
    </message>
    <message>
        <source>rank %1 → %2</source>
        <translation>thứ hạng %1 → %2</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>class %1 → %2</source>
        <translation>xếp loại %1 → %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file is larger than %1 MB: expected a workbook of score sheets.</source>
        <translation>tệp lớn hơn %1 MB: cần một tệp bảng tính chứa bảng điểm.</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls): expected an .xlsx workbook. Save it as &quot;Excel Workbook (.xlsx)&quot; and import that file.</source>
        <translation>đây là tệp Excel 97-2003 (.xls): cần tệp .xlsx. Hãy lưu lại dưới dạng &quot;Excel Workbook (.xlsx)&quot; rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>the file is not an .xlsx workbook (it is not a zip archive).</source>
        <translation>tệp không phải bảng tính .xlsx (không phải tệp nén zip).</translation>
    </message>
    <message>
        <source>the workbook has no sheet: expected at least one sheet.</source>
        <translation>tệp bảng tính không có trang tính nào: cần ít nhất một trang tính.</translation>
    </message>
    <message>
        <source>there is no sheet named &quot;%1&quot;: expected one of %2.</source>
        <translation>không có trang tính tên &quot;%1&quot;: cần một trong các trang %2.</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (%2, line %3): expected well-formed XML.</source>
        <translation>phần %1 của tệp bảng tính bị hỏng (%2, dòng %3): cần XML đúng cú pháp.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Đã hủy việc đọc %1.</translation>
    </message>
    <message>
        <source>the workbook lacks its part %1: expected a complete .xlsx file.</source>
        <translation>tệp bảng tính thiếu phần %1: cần một tệp .xlsx đầy đủ.</translation>
    </message>
    <message>
        <source>the part %1 of the workbook cannot be unpacked: expected a complete .xlsx file.</source>
        <translation>không giải nén được phần %1 của tệp bảng tính: cần một tệp .xlsx đầy đủ.</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (its checksum is wrong): expected a complete .xlsx file.</source>
        <translation>phần %1 của tệp bảng tính bị hỏng (sai mã kiểm tra): cần một tệp .xlsx đầy đủ.</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB: expected a workbook of score sheets (this file may be a zip bomb).</source>
        <translation>phần %1 khi giải nén lớn hơn %2 MB: cần một tệp bảng tính chứa bảng điểm (tệp này có thể là &quot;bom zip&quot;).</translation>
    </message>
    <message>
        <source>the file is not a spreadsheet (its main part is not a SpreadsheetML workbook): expected an .xlsx workbook.</source>
        <translation>tệp không phải bảng tính (phần chính không phải SpreadsheetML): cần một tệp .xlsx.</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid: expected a number from 1.</source>
        <translation>số hàng &quot;%1&quot; không hợp lệ: số hàng phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>row %1 comes after row %2: expected rows in ascending order.</source>
        <translation>hàng %1 nằm sau hàng %2: các hàng phải theo thứ tự tăng dần.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows: expected a sheet of score rows.</source>
        <translation>trang tính có hơn %1 hàng: cần một trang tính chứa các hàng điểm.</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid: expected a column letter and a row number such as D7.</source>
        <translation>địa chỉ ô &quot;%1&quot; không hợp lệ: cần chữ cột và số hàng, ví dụ D7.</translation>
    </message>
    <message>
        <source>the cell %1 is out of place: expected the cells of row %2 from left to right.</source>
        <translation>ô %1 không đúng vị trí: các ô của hàng %2 phải theo thứ tự từ trái sang phải.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 columns: expected a sheet of score rows.</source>
        <translation>trang tính có hơn %1 cột: cần một trang tính chứa các hàng điểm.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells with values: expected a sheet of score rows.</source>
        <translation>trang tính có hơn %1 ô có dữ liệu: cần một trang tính chứa các hàng điểm.</translation>
    </message>
    <message>
        <source>the sheet %1 is empty: expected a header row with the column names.</source>
        <translation>trang tính %1 trống: cần một hàng tiêu đề ghi tên các cột.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have: expected a complete .xlsx file.</source>
        <translation>ô %1 trỏ tới chuỗi dùng chung số %2 mà tệp bảng tính không có: cần một tệp .xlsx đầy đủ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>the part %1 of the workbook declares entities (&lt;!ENTITY&gt;), which Excel and LibreOffice never write and which could read as nothing: open and save the workbook in Excel or LibreOffice.</source>
        <translation>phần %1 của bảng tính khai báo thực thể (&lt;!ENTITY&gt;), điều Excel và LibreOffice không bao giờ ghi và có thể bị đọc thành rỗng: hãy mở và lưu lại bảng tính bằng Excel hoặc LibreOffice.</translation>
    </message>
    <message>
        <source>reading the workbook would take more than %1 MB of memory: expected a workbook of score sheets (it holds too many strings or cells).</source>
        <translation>đọc bảng tính này sẽ cần hơn %1 MB bộ nhớ: cần một bảng tính điểm (tệp có quá nhiều chuỗi hoặc ô).</translation>
    </message>
    <message>
        <source>the part %1 has more than %2 entries: expected a workbook of score sheets.</source>
        <translation>phần %1 có hơn %2 mục: cần một bảng tính điểm.</translation>
    </message>
    <message>
        <source>cell %1: the formula has no computed value – open and save the workbook in Excel or LibreOffice so that formulas are computed.</source>
        <translation>ô %1: công thức chưa có giá trị đã tính – hãy mở và lưu lại bảng tính bằng Excel hoặc LibreOffice để các công thức được tính.</translation>
    </message>
    <message>
        <source>cell %1 is marked as a number but holds &quot;%2&quot;: expected a complete .xlsx file.</source>
        <translation>ô %1 được đánh dấu là số nhưng chứa &quot;%2&quot;: cần một tệp .xlsx hoàn chỉnh.</translation>
    </message>
    <message>
        <source>cell %1 holds the error %2: expected a value. Correct the cell or its formula, then save the workbook again.</source>
        <translation>ô %1 chứa lỗi %2: cần một giá trị. Hãy sửa ô hoặc công thức của ô, rồi lưu lại bảng tính.</translation>
    </message>
    <message>
        <source>cell %1 has the type &quot;%2&quot;, which is not a type of SpreadsheetML: expected a complete .xlsx file.</source>
        <translation>ô %1 có kiểu &quot;%2&quot;, không phải kiểu của SpreadsheetML: cần một tệp .xlsx hoàn chỉnh.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>libxlsxwriter cannot be loaded (%1): install the package libxlsxwriter4.</source>
        <translation>Không nạp được libxlsxwriter (%1): hãy cài gói libxlsxwriter4.</translation>
    </message>
    <message>
        <source>libxlsxwriter lacks %1: install libxlsxwriter 1.1 or newer.</source>
        <translation>libxlsxwriter thiếu hàm %1: hãy cài libxlsxwriter 1.1 trở lên.</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Giá trị ngoài phạm vi</translation>
    </message>
    <message>
        <source>Expected a number from 0 to %1, or na.</source>
        <translation>Giá trị phải là số từ 0 đến %1, hoặc na.</translation>
    </message>
    <message>
        <source>sheet %1, cell %2</source>
        <translation>trang %1, ô %2</translation>
    </message>
    <message>
        <source>%1 holds more than the 32,767 characters a cell of a workbook takes; export as CSV instead</source>
        <translation>%1 chứa hơn 32.767 ký tự, quá giới hạn một ô của bảng tính; hãy xuất ra CSV</translation>
    </message>
    <message>
        <source>%1 lies beyond the 1,048,576 rows or 16,384 columns of a workbook; export as CSV instead</source>
        <translation>%1 nằm ngoài giới hạn 1.048.576 dòng hoặc 16.384 cột của bảng tính; hãy xuất ra CSV</translation>
    </message>
    <message>
        <source>libxlsxwriter refused %1 (error %2)</source>
        <translation>libxlsxwriter từ chối %1 (lỗi %2)</translation>
    </message>
    <message>
        <source>the workbook could not be assembled in the temporary folder %1: %2</source>
        <translation>không tạo được bảng tính trong thư mục tạm %1: %2</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be added</source>
        <translation>không thêm được trang tính &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
</context>
<context>
    <name>YearLinks</name>
    <message>
        <source>The earlier year (%1) must come before %2.</source>
        <translation>Năm so sánh (%1) phải trước năm %2.</translation>
    </message>
    <message>
        <source>There is no %1 period for group %2.</source>
        <translation>Nhóm %2 không có kỳ đánh giá năm %1.</translation>
    </message>
    <message>
        <source>%1: area %2 (%3)</source>
        <translation>%1: lĩnh vực %2 (%3)</translation>
    </message>
    <message>
        <source>Record what they continue with: parindex-cli criteria map --year %1 --group %2 FILE (criteria map export writes the file to fill in), or on the Criteria tab.</source>
        <translation>Hãy ghi các lĩnh vực này tiếp nối lĩnh vực nào bằng lệnh parindex-cli criteria map --year %1 --group %2 TỆP (lệnh criteria map export ghi ra tệp để điền), hoặc trên thẻ Tiêu chí.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PAR Index desk</source>
        <translation>Phần mềm Chỉ số CCHC</translation>
    </message>
    <message>
        <source>Create FILE from the demo data when it does not exist.</source>
        <translation>Tạo tệp từ dữ liệu mẫu nếu tệp chưa tồn tại.</translation>
    </message>
    <message>
        <source>The file to open.</source>
        <translation>Tệp cần mở.</translation>
    </message>
    <message>
        <source>Language of this run: vi or en.</source>
        <translation>Ngôn ngữ của lần chạy này: vi hoặc en.</translation>
    </message>
    <message>
        <source>Save a picture of every tab into DIR and quit.</source>
        <translation>Lưu ảnh chụp từng thẻ vào thư mục DIR rồi thoát.</translation>
    </message>
</context>
<context>
    <name>parindex::BandsModel</name>
    <message>
        <source>not used</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <source>The lowest index of this class. Leave it empty for a class this period does not use; the lowest class used starts at 0.</source>
        <translation>Chỉ số thấp nhất của loại này. Để trống nếu kỳ này không dùng loại này; loại thấp nhất được dùng bắt đầu từ 0.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>From index</source>
        <translation>Từ chỉ số</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <source>Bands not changed</source>
        <translation>Ngưỡng xếp loại chưa được thay đổi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index. Type the lowest index of %2, such as 80 or 72,5.</source>
        <translation>&quot;%1&quot; không phải là chỉ số. Hãy nhập chỉ số thấp nhất của loại %2, ví dụ 80 hoặc 72,5.</translation>
    </message>
</context>
<context>
    <name>parindex::ChartsTab</name>
    <message>
        <source>Group &amp;median</source>
        <translation>Tr&amp;ung vị nhóm</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Chọn t&amp;oàn bộ</translation>
    </message>
    <message>
        <source>Trend of the index</source>
        <translation>Diễn biến chỉ số qua các năm</translation>
    </message>
    <message>
        <source>Comparison of units</source>
        <translation>So sánh các đơn vị</translation>
    </message>
    <message>
        <source>Index by area</source>
        <translation>Chỉ số thành phần theo lĩnh vực</translation>
    </message>
    <message>
        <source>Rank movement</source>
        <translation>Biến động thứ hạng</translation>
    </message>
    <message>
        <source>Find a unit…</source>
        <translation>Tìm đơn vị…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Lưu biểu đồ thành ảnh PNG, hình vẽ SVG hoặc tài liệu PDF</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Sao chép biểu đồ vào bộ nhớ tạm dưới dạng ảnh</translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation>Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>Check the units to draw (none: the first %1 of the latest ranking).</source>
        <translation>Đánh dấu các đơn vị cần vẽ (không chọn: %1 đơn vị đứng đầu bảng xếp hạng gần nhất).</translation>
    </message>
    <message>
        <source>Check the one unit whose areas are shown.</source>
        <translation>Đánh dấu một đơn vị để xem chỉ số theo từng lĩnh vực.</translation>
    </message>
    <message>
        <source>Checked units are highlighted; the others are drawn in grey.</source>
        <translation>Các đơn vị được đánh dấu vẽ nổi bật; các đơn vị khác vẽ màu xám.</translation>
    </message>
    <message>
        <source>There is no period for this group yet: nothing to draw.</source>
        <translation>Nhóm này chưa có kỳ đánh giá nào: chưa có gì để vẽ.</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png, .svg or .pdf.</source>
        <translation>%1: hãy chọn tên tệp có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>Group a&amp;verage</source>
        <translation>T&amp;rung bình nhóm</translation>
    </message>
    <message>
        <source>Stack the &amp;bars by area</source>
        <translation>Chia cột th&amp;eo lĩnh vực</translation>
    </message>
    <message>
        <source>Unchec&amp;k all</source>
        <translation>Bỏ chọn toàn bộ</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Xuất tệ&amp;p…</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>S&amp;ao chép ảnh</translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation>&amp;Loại biểu đồ:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Các năm:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Danh sách đơn vị:</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>The first and the last units of the ranking are drawn, and the units checked below; 0 draws every unit</source>
        <translation>Vẽ các đơn vị đứng đầu và cuối bảng xếp hạng, cùng các đơn vị được chọn bên dưới; 0: vẽ tất cả đơn vị</translation>
    </message>
    <message>
        <source>First and last:</source>
        <translation>Số đơn vị đầu và cuối:</translation>
    </message>
    <message>
        <source>The first and last units of the ranking are drawn, and the units checked here.</source>
        <translation>Vẽ các đơn vị đứng đầu và cuối bảng xếp hạng, cùng các đơn vị được chọn ở đây.</translation>
    </message>
    <message>
        <source>Reading the rankings of every year of the group…</source>
        <translation>Đang đọc kết quả xếp hạng các năm của nhóm…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
</context>
<context>
    <name>parindex::CheckDialog</name>
    <message>
        <source>C&amp;ompare</source>
        <translation>Đối &amp;chiếu</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <source>The file&apos;s structure, its audit log, the seal of every row, what each period holds, and the ranking of every final period computed again and compared with what it published.</source>
        <translation>Kiểm tra cấu trúc tệp, nhật ký thay đổi, dấu niêm phong của từng dòng dữ liệu, nội dung của từng kỳ đánh giá, và tính lại xếp hạng của mọi kỳ đã chốt để so với kết quả đã công bố.</translation>
    </message>
    <message>
        <source>Against a printed decision</source>
        <translation>Đối chiếu với quyết định đã in</translation>
    </message>
    <message>
        <source>Every final period</source>
        <translation>Mọi kỳ đã chốt</translation>
    </message>
    <message>
        <source>%1 – %2 (decision %3)</source>
        <translation>Năm %1 – %2 (quyết định %3)</translation>
    </message>
    <message>
        <source>&amp;Digest printed under the annex:</source>
        <translation>&amp;Mã kiểm tra in dưới phụ lục:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Kỳ đánh &amp;giá:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type the digest printed under the decision&apos;s annex, such as 7K3M-Q9XD.</source>
        <translation>Hãy gõ mã kiểm tra in dưới phụ lục của quyết định, ví dụ 7K3M-Q9XD.</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Đang kiểm tra toàn bộ tệp…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Đang đối chiếu với %1…</translation>
    </message>
    <message>
        <source>The file matches the paper.</source>
        <translation>Tệp khớp với bản giấy.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không tìm thấy vấn đề nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>VẤN ĐỀ: %1</translation>
    </message>
</context>
<context>
    <name>parindex::ColumnMappingModel</name>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
</context>
<context>
    <name>parindex::ConnectDialog</name>
    <message>
        <source>&amp;Keep the password in libpq&apos;s password file (%1)</source>
        <translation>&amp;Ghi nhớ mật khẩu trong tệp mật khẩu của libpq (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Xoá hồ sơ</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>The council&apos;s PostgreSQL store: what each member may change is kept by the server. The profile keeps the address, never the password.</source>
        <translation>Kho dữ liệu PostgreSQL của hội đồng: máy chủ giữ quyền sửa của từng thành viên. Hồ sơ kết nối chỉ lưu địa chỉ, không bao giờ lưu mật khẩu.</translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ – máy chủ</source>
        <translation>ví dụ: Sở Nội vụ – máy chủ</translation>
    </message>
    <message>
        <source>encrypted when the server offers it</source>
        <translation>mã hoá khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>always encrypted</source>
        <translation>luôn mã hoá</translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation>mã hoá, kiểm tra chứng thư máy chủ</translation>
    </message>
    <message>
        <source>not encrypted (this computer only)</source>
        <translation>không mã hoá (chỉ trong máy này)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tài khoản:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Fill in the %1.</source>
        <translation>Hãy điền %1.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>login</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>The profile %1 could not be removed: %2 cannot be written.</source>
        <translation>Không xoá được hồ sơ kết nối %1: không ghi được vào %2.</translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2 cannot be written. Press Connect again to connect without saving it.</source>
        <translation>Không lưu được hồ sơ kết nối %1: không ghi được vào %2. Bấm Kết nối lần nữa để kết nối mà không lưu hồ sơ.</translation>
    </message>
</context>
<context>
    <name>parindex::CopyCriteriaDialog</name>
    <message>
        <source>Copy criteria from an earlier year</source>
        <translation>Sao chép bộ tiêu chí từ một năm khác</translation>
    </message>
    <message>
        <source>The criteria tree and the classification bands of the year you choose replace those of %1 (group %2). Undo brings the present ones back.</source>
        <translation>Bộ tiêu chí và ngưỡng xếp loại của năm được chọn sẽ thay thế bộ tiêu chí và ngưỡng xếp loại năm %1 (nhóm %2). Hoàn tác sẽ khôi phục bản hiện tại.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n area(s), %3 criteria in all</source>
        <translation>
            <numerusform>%1 (%2): %n lĩnh vực, tổng cộng %3 tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: không đọc được (%2)</translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaMapDialog</name>
    <message>
        <source>What the criteria continue</source>
        <translation>Liên kết tiêu chí với năm trước</translation>
    </message>
    <message>
        <source>%1 is the first year of this group: there is no earlier year whose criteria it could continue.</source>
        <translation>%1 là năm đầu tiên của nhóm này: không có năm trước để tiêu chí tiếp nối.</translation>
    </message>
    <message>
        <source>For each criterion of %1, the criterion of %2 it continues: what explanations of a unit&apos;s change, the area trends and the area profile compare. A criterion made of several is shown as a merger; a criterion without a link is compared with nothing.</source>
        <translation>Với mỗi tiêu chí của năm %1, tiêu chí của năm %2 mà nó tiếp nối: căn cứ để giải thích thay đổi của đơn vị, xu hướng và hồ sơ theo lĩnh vực. Tiêu chí hình thành từ nhiều tiêu chí được ghi là hợp nhất; tiêu chí chưa liên kết không được so sánh với tiêu chí nào.</translation>
    </message>
    <message>
        <source>Link same code and title</source>
        <translation>Liên kết tiêu chí cùng mã và tên</translation>
    </message>
    <message>
        <source>Links each criterion without a link to the criterion of %1 with the same code and the same title</source>
        <translation>Liên kết mỗi tiêu chí chưa có liên kết với tiêu chí năm %1 có cùng mã và cùng tên</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Criterion of %1</source>
        <translation>Tiêu chí năm %1</translation>
    </message>
    <message>
        <source>Continues (of %1)</source>
        <translation>Tiếp nối (năm %1)</translation>
    </message>
    <message>
        <source>— no link —</source>
        <translation>— chưa liên kết —</translation>
    </message>
    <message>
        <source>New (continues nothing)</source>
        <translation>Mới (không tiếp nối tiêu chí nào)</translation>
    </message>
    <message>
        <source>%1 (merged)</source>
        <translation>%1 (hợp nhất)</translation>
    </message>
    <message>
        <source>Say what these areas continue, or that they are new, before saving: %1.</source>
        <translation>Trước khi lưu, hãy cho biết các lĩnh vực này tiếp nối lĩnh vực nào, hoặc là lĩnh vực mới: %1.</translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaTab</name>
    <message>
        <source>Double-click or type on a title, maximum, kind or rule to change it; every change is saved at once and can be undone. Insert: add after; Alt+Insert: add below; Delete: remove; Alt+arrows: move, indent, outdent.</source>
        <translation>Nhấp đúp hoặc gõ vào tên, điểm tối đa, loại hay quy tắc để sửa; mọi thay đổi được lưu ngay và có thể hoàn tác. Insert: thêm phía sau; Alt+Insert: thêm cấp dưới; Delete: xóa; Alt+phím mũi tên: di chuyển, đưa vào tiêu chí trên, đưa ra cấp trên.</translation>
    </message>
    <message>
        <source>Classification bands</source>
        <translation>Ngưỡng xếp loại</translation>
    </message>
    <message>
        <source>Type the lowest index of each class. Leave a class empty if this period does not use it; the lowest class used starts at 0.</source>
        <translation>Nhập chỉ số thấp nhất của từng loại. Để trống loại nào kỳ này không dùng; loại thấp nhất được dùng bắt đầu từ 0.</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>Add an area at the end of the tree</source>
        <translation>Thêm một lĩnh vực vào cuối bộ tiêu chí</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Add a criterion after the current one, on the same level</source>
        <translation>Thêm một tiêu chí cùng cấp, ngay sau tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>Add sub-criterion</source>
        <translation>Thêm tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Add a sub-criterion at the end of the current group</source>
        <translation>Thêm một tiêu chí thành phần vào cuối tiêu chí tổng hợp đang chọn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove the current criterion with its sub-criteria</source>
        <translation>Xóa tiêu chí đang chọn cùng các tiêu chí thành phần của nó</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move the current criterion up among its siblings</source>
        <translation>Chuyển tiêu chí đang chọn lên trên trong cùng cấp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Move the current criterion down among its siblings</source>
        <translation>Chuyển tiêu chí đang chọn xuống dưới trong cùng cấp</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Đưa vào tiêu chí trên</translation>
    </message>
    <message>
        <source>Make the current criterion the last sub-criterion of the group above it</source>
        <translation>Đưa tiêu chí đang chọn thành tiêu chí thành phần cuối cùng của tiêu chí tổng hợp ngay trên nó</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Đưa ra cấp trên</translation>
    </message>
    <message>
        <source>Move the current criterion one level up, after its group</source>
        <translation>Đưa tiêu chí đang chọn ra cấp trên, ngay sau tiêu chí tổng hợp chứa nó</translation>
    </message>
    <message>
        <source>Copy from a year…</source>
        <translation>Sao chép từ một năm khác…</translation>
    </message>
    <message>
        <source>Copy the criteria tree and the bands of an earlier year of this group</source>
        <translation>Sao chép bộ tiêu chí và ngưỡng xếp loại của một năm khác của nhóm này</translation>
    </message>
    <message>
        <source>Units and groups…</source>
        <translation>Đơn vị và nhóm…</translation>
    </message>
    <message>
        <source>Add, rename or retire the units of a group; add or rename groups</source>
        <translation>Thêm, đổi tên hoặc cho ngừng tham gia các đơn vị của nhóm; thêm hoặc đổi tên nhóm</translation>
    </message>
    <message>
        <source>Criteria not changed</source>
        <translation>Tiêu chí chưa được thay đổi</translation>
    </message>
    <message>
        <source>Group %1 has no year %2 before %3 to copy from.</source>
        <translation>Nhóm %1 không có năm %2 trước năm %3 để sao chép.</translation>
    </message>
    <message>
        <source>This file is open read-only: criteria, bands and units cannot be changed here. %1</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không sửa được tiêu chí, ngưỡng xếp loại và đơn vị ở đây. %1</translation>
    </message>
    <message>
        <source>This period is final (decision %1 of %2): its criteria and bands cannot be changed. To correct them, reopen the period from the Period menu, with a reason.</source>
        <translation>Kỳ đánh giá này đã chốt (quyết định %1 ngày %2): không sửa được tiêu chí và ngưỡng xếp loại. Muốn điều chỉnh, hãy mở lại kỳ từ menu Kỳ đánh giá, kèm lý do.</translation>
    </message>
    <message>
        <source>Choose a year and a group above to see their criteria.</source>
        <translation>Chọn năm và nhóm ở trên để xem tiêu chí.</translation>
    </message>
    <message>
        <source>No criteria yet: add an area, import criteria.csv, or copy from an earlier year.</source>
        <translation>Chưa có tiêu chí: hãy thêm lĩnh vực, nhập tệp criteria.csv, hoặc sao chép từ một năm khác.</translation>
    </message>
    <message>
        <source>This period has no criteria.</source>
        <translation>Kỳ đánh giá này không có tiêu chí.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the areas: %1 points (%n area(s), %2 criteria).</source>
        <translation>
            <numerusform>Tổng các lĩnh vực: %1 điểm (%n lĩnh vực, %2 tiêu chí).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) do not add up to their maximum: see the Check column.</source>
        <translation>
            <numerusform>%n tiêu chí tổng hợp có tổng điểm tiêu chí thành phần chưa bằng điểm tối đa: xem cột Kiểm tra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Replace the criteria tree with that of a criteria file (.csv or .xlsx)</source>
        <translation>Thay bộ tiêu chí bằng bộ tiêu chí trong một tệp (.csv hoặc .xlsx)</translation>
    </message>
    <message>
        <source>Import criteria from</source>
        <translation>Nhập bộ tiêu chí từ</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt)</source>
        <translation>Bảng tính và tệp CSV (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>It should be %1.</source>
        <translation>Phải là %1.</translation>
    </message>
    <message>
        <source>What it continues…</source>
        <translation>Liên kết năm trước…</translation>
    </message>
    <message>
        <source>Which criterion of the year before each criterion continues: what explanations of a change and the area trends compare</source>
        <translation>Mỗi tiêu chí tiếp nối tiêu chí nào của năm trước: căn cứ để giải thích thay đổi và so sánh xu hướng theo lĩnh vực</translation>
    </message>
</context>
<context>
    <name>parindex::CriteriaTreeModel</name>
    <message>
        <source>A group without sub-criteria: add some, or change its kind.</source>
        <translation>Tiêu chí tổng hợp chưa có tiêu chí thành phần: hãy thêm vào, hoặc đổi loại của tiêu chí.</translation>
    </message>
    <message>
        <source>Sub-criteria add up to %1; maximum %2</source>
        <translation>Tổng các tiêu chí thành phần: %1; điểm tối đa: %2</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>tuyến tính</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>Sub-criteria add up to the maximum, %1.</source>
        <translation>Tổng các tiêu chí thành phần bằng điểm tối đa, %1.</translation>
    </message>
    <message>
        <source>Points found here are subtracted from %1 (never below 0).</source>
        <translation>Điểm ghi ở đây bị trừ vào %1 (không xuống dưới 0).</translation>
    </message>
    <message>
        <source>A rate in percent is entered. &quot;linear&quot;: rate/100 × maximum; &quot;100:2;80:1&quot;: 2 points from 100 %, 1 point from 80 %, 0 below.</source>
        <translation>Nhập tỷ lệ phần trăm. &quot;tuyến tính&quot;: tỷ lệ/100 × điểm tối đa; &quot;100:2;80:1&quot;: đạt 100% được 2 điểm, từ 80% được 1 điểm, dưới đó 0 điểm.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Whether the sub-criteria of a group add up to its maximum (deductions left out).</source>
        <translation>Tổng điểm các tiêu chí thành phần có bằng điểm tối đa của tiêu chí tổng hợp hay không (không tính điểm trừ).</translation>
    </message>
    <message>
        <source>Criteria not changed</source>
        <translation>Tiêu chí chưa được thay đổi</translation>
    </message>
    <message>
        <source>Criterion %1 needs a title: the title was not changed.</source>
        <translation>Tiêu chí %1 cần có tên: tên chưa được thay đổi.</translation>
    </message>
    <message>
        <source>title of %1</source>
        <translation>tên của %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points. Type the maximum of %2 with at most four decimals, such as 2,5 or 2.5.</source>
        <translation>&quot;%1&quot; không phải là số điểm. Hãy nhập điểm tối đa của %2, tối đa bốn chữ số thập phân, ví dụ 2,5 hoặc 2.5.</translation>
    </message>
    <message>
        <source>The maximum of %1 cannot be negative (%2 was typed).</source>
        <translation>Điểm tối đa của %1 không được âm (đã nhập %2).</translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation>điểm tối đa của %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of criterion.</source>
        <translation>&quot;%1&quot; không phải là một loại tiêu chí.</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>loại của %1</translation>
    </message>
    <message>
        <source>rule of %1</source>
        <translation>quy tắc của %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... và %n mục khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Lĩnh vực mới</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <source>add criterion %1</source>
        <translation>thêm tiêu chí %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <source>move %1 up</source>
        <translation>chuyển %1 lên</translation>
    </message>
    <message>
        <source>move %1 down</source>
        <translation>chuyển %1 xuống</translation>
    </message>
    <message>
        <source>indent %1</source>
        <translation>đưa %1 vào tiêu chí trên</translation>
    </message>
    <message>
        <source>outdent %1</source>
        <translation>đưa %1 ra cấp trên</translation>
    </message>
    <message>
        <source>That year has no criteria to copy.</source>
        <translation>Năm đó không có tiêu chí để sao chép.</translation>
    </message>
    <message>
        <source>copy criteria and bands of %1</source>
        <translation>sao chép bộ tiêu chí và ngưỡng xếp loại năm %1</translation>
    </message>
    <message>
        <source>Delete entered values?</source>
        <translation>Xóa các giá trị đã nhập?</translation>
    </message>
    <message>
        <source>This change (%1) deletes %2:</source>
        <translation>Thay đổi này (%1) sẽ xóa %2:</translation>
    </message>
    <message>
        <source>The deleted values stay in the audit log, and Undo brings them back.</source>
        <translation>Các giá trị bị xóa vẫn được lưu trong nhật ký thay đổi, và Hoàn tác sẽ khôi phục chúng.</translation>
    </message>
    <message>
        <source>Delete the values</source>
        <translation>Xóa các giá trị</translation>
    </message>
    <message>
        <source>import criteria from %1</source>
        <translation>nhập bộ tiêu chí từ %1</translation>
    </message>
    <message>
        <source>The criteria of %1 do not add up:</source>
        <translation>Bộ tiêu chí trong %1 không khớp tổng điểm:</translation>
    </message>
    <message>
        <source>Criteria imported with warnings</source>
        <translation>Đã nhập bộ tiêu chí, có cảnh báo</translation>
    </message>
</context>
<context>
    <name>parindex::DateBox</name>
    <message>
        <source>Type a date as day/month/year, such as 02/02/2024.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 02/02/2024.</translation>
    </message>
</context>
<context>
    <name>parindex::DecisionPreview</name>
    <message>
        <source>Laying the decision out…</source>
        <translation>Đang dàn trang quyết định…</translation>
    </message>
    <message>
        <source>Drawing the preview: page %1 of %2</source>
        <translation>Đang vẽ bản xem trước: trang %1/%2</translation>
    </message>
</context>
<context>
    <name>parindex::DecisionTab</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>X&amp;em trước khi in…</translation>
    </message>
    <message>
        <source>Every group of the year</source>
        <translation>Tất cả các nhóm trong năm</translation>
    </message>
    <message>
        <source>The selected group only</source>
        <translation>Chỉ nhóm đang chọn</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Phần đầu</translation>
    </message>
    <message>
        <source>Symbol after the number:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Place of issue:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Issuer&apos;s title:</source>
        <translation>Thẩm quyền ban hành:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Căn cứ ban hành:</translation>
    </message>
    <message>
        <source>One basis per line.</source>
        <translation>Mỗi căn cứ một dòng.</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Các điều:</translation>
    </message>
    <message>
        <source>Điều 1, Điều 2, … in order, an empty line between two articles; a line break starts a new paragraph.</source>
        <translation>Điều 1, Điều 2, … theo thứ tự, giữa hai điều để một dòng trống; xuống dòng là sang đoạn mới.</translation>
    </message>
    <message>
        <source>Recipients and signature</source>
        <translation>Nơi nhận và chữ ký</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>One recipient per line.</source>
        <translation>Mỗi nơi nhận một dòng.</translation>
    </message>
    <message>
        <source>On behalf of (TM.):</source>
        <translation>Thay mặt (TM.):</translation>
    </message>
    <message>
        <source>Capacity (KT., Q.):</source>
        <translation>Quyền hạn ký (KT., Q.):</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Họ và tên người ký:</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Issued by (annex heading):</source>
        <translation>Cơ quan ban hành (tiêu đề phụ lục):</translation>
    </message>
    <message>
        <source>Class “%1”:</source>
        <translation>Xếp loại “%1”:</translation>
    </message>
    <message>
        <source>Add the methodology annex (criteria, rules, bands)</source>
        <translation>Kèm phụ lục phương pháp (bộ tiêu chí, quy tắc, ngưỡng xếp loại)</translation>
    </message>
    <message>
        <source>End each group&apos;s annex with its comparison chart</source>
        <translation>Kèm biểu đồ so sánh ở cuối phụ lục của mỗi nhóm</translation>
    </message>
    <message>
        <source>There is no period for this group yet: no decision to print.</source>
        <translation>Nhóm này chưa có kỳ đánh giá nào: chưa có quyết định để in.</translation>
    </message>
    <message>
        <source>%1: decision %2 of %3</source>
        <translation>%1: quyết định %2 ngày %3</translation>
    </message>
    <message>
        <source>Issued – the texts can no longer be changed (%1).</source>
        <translation>Đã ban hành – không sửa được nội dung nữa (%1).</translation>
    </message>
    <message>
        <source>The file is read-only: the texts can be printed but not changed.</source>
        <translation>Tệp chỉ đọc: có thể in nhưng không sửa được nội dung.</translation>
    </message>
    <message>
        <source>Draft: printed with the mark “DỰ THẢO”; the number and date stay blank until the period is finalised (Period &gt; Finalise).</source>
        <translation>Dự thảo: bản in có dấu “DỰ THẢO”; số và ngày để trống cho đến khi kỳ đánh giá được chốt (Kỳ đánh giá &gt; Chốt kết quả).</translation>
    </message>
    <message>
        <source>Restore the default texts</source>
        <translation>Khôi phục nội dung mặc định</translation>
    </message>
    <message>
        <source>Replace every text of the %1 decision with the default wording? Undo brings the present texts back.</source>
        <translation>Thay toàn bộ nội dung quyết định năm %1 bằng nội dung mặc định? Lệnh Hoàn tác sẽ đưa nội dung hiện tại trở lại.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Export the decision as PDF</source>
        <translation>Xuất quyết định ra PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>decision-%1%2.pdf</source>
        <translation>quyet-dinh-%1%2.pdf</translation>
    </message>
    <message>
        <source>Print the decision</source>
        <translation>In quyết định</translation>
    </message>
    <message>
        <source>Print preview of the decision</source>
        <translation>Xem trước bản in quyết định</translation>
    </message>
    <message>
        <source>Print the decision (%1)</source>
        <translation>In quyết định (%1)</translation>
    </message>
    <message>
        <source>The groups of %1 were published in separate decisions: this is the decision of group %2. %3</source>
        <translation>Các nhóm năm %1 được công bố bằng các quyết định riêng: đây là quyết định của nhóm %2. %3</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>In q&amp;uyết định…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Restore the defa&amp;ult texts</source>
        <translation>Khôi phục nội &amp;dung mặc định</translation>
    </message>
    <message>
        <source>&amp;Make the decision for:</source>
        <translation>&amp;Lập quyết định cho:</translation>
    </message>
    <message>
        <source>Issuing body, first line:</source>
        <translation>Cơ quan ban hành, dòng 1:</translation>
    </message>
    <message>
        <source>Issuing body, second line:</source>
        <translation>Cơ quan ban hành, dòng 2:</translation>
    </message>
    <message>
        <source>Submission (Tờ trình) number:</source>
        <translation>Số Tờ trình:</translation>
    </message>
    <message>
        <source>Submission date:</source>
        <translation>Ngày Tờ trình:</translation>
    </message>
    <message>
        <source>Day/month/year, such as 20/01/2025.</source>
        <translation>Ngày/tháng/năm, ví dụ 20/01/2025.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type the submission date as day/month/year, such as 20/01/2025.</source>
        <translation>“%1” không phải là ngày: nhập ngày Tờ trình theo ngày/tháng/năm, ví dụ 20/01/2025.</translation>
    </message>
    <message>
        <source>Add an article asking the units to act on the results</source>
        <translation>Thêm điều giao các cơ quan, đơn vị có giải pháp đẩy mạnh cải cách hành chính, cải thiện Chỉ số</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Chỉ %1</translation>
    </message>
    <message>
        <source>Draft until every group is final: printed with the mark “DỰ THẢO” and without a number. Still open: %1. Final: %2. The texts are locked with the final groups; the open groups&apos; texts are edited with “%3”.</source>
        <translation>Dự thảo cho đến khi tất cả các nhóm được chốt kết quả: in dấu “DỰ THẢO”, không có số. Còn mở: %1. Đã chốt: %2. Nội dung đã khóa theo các nhóm đã chốt; nội dung của nhóm còn mở sửa tại “%3”.</translation>
    </message>
    <message>
        <source>Nothing in the texts or the results stands in the way of finalising: no blank is left, every unit has all its scores and a class, and the criteria add up.</source>
        <translation>Nội dung và kết quả không còn gì cản trở việc chốt kết quả: không còn chỗ trống, mọi cơ quan, đơn vị đủ điểm và có xếp loại, bộ tiêu chí khớp điểm tối đa.</translation>
    </message>
    <message>
        <source>Before this decision can be finalised (Period &gt; Finalise), correct:</source>
        <translation>Trước khi chốt kết quả (Kỳ đánh giá &gt; Chốt kết quả), phải sửa:</translation>
    </message>
    <message>
        <source>Decision texts</source>
        <translation>Nội dung quyết định</translation>
    </message>
    <message>
        <source>The field keeps what it held.</source>
        <translation>Ô giữ nguyên nội dung cũ.</translation>
    </message>
</context>
<context>
    <name>parindex::DeskDocument</name>
    <message>
        <source>The file is open in another window (%1, process %2): it opens read-only here.</source>
        <translation>Tệp đang được mở ở một cửa sổ khác (%1, tiến trình %2): ở đây tệp được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The lock beside the file cannot be created: it opens read-only.</source>
        <translation>Không tạo được tệp khóa bên cạnh tệp: tệp được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>Kỳ đánh giá không còn tồn tại.</translation>
    </message>
    <message>
        <source>The other window has closed: the file can now be changed here.</source>
        <translation>Cửa sổ kia đã đóng: tệp nay có thể sửa ở đây.</translation>
    </message>
    <message>
        <source>Undo of “%1” not done: %2</source>
        <translation>Không hoàn tác được “%1”: %2</translation>
    </message>
    <message>
        <source>Redo of “%1” not done: %2</source>
        <translation>Không làm lại được “%1”: %2</translation>
    </message>
    <message>
        <source>This file opens read-only: %1.</source>
        <translation>Tệp này mở ở chế độ chỉ đọc: %1.</translation>
    </message>
    <message>
        <source>Not read from the file: %1</source>
        <translation>Không đọc được từ tệp: %1</translation>
    </message>
    <message>
        <source>Reading the ranking was stopped.</source>
        <translation>Đã dừng đọc bảng xếp hạng.</translation>
    </message>
    <message>
        <source>This store opens read-only: %1.</source>
        <translation>Kho dữ liệu này mở ở chế độ chỉ đọc: %1.</translation>
    </message>
    <message>
        <source>Only the council&apos;s secretary changes criteria, bands, units, periods and the decision&apos;s texts. This login: %1.</source>
        <translation>Chỉ thư ký hội đồng được sửa tiêu chí, ngưỡng xếp loại, đơn vị, kỳ đánh giá và nội dung quyết định. Tài khoản này: %1.</translation>
    </message>
</context>
<context>
    <name>parindex::EvidenceDialog</name>
    <message>
        <source>Evidence documents: %1, criterion %2</source>
        <translation>Tài liệu kiểm chứng: %1, tiêu chí %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Người đính kèm</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Thời điểm đính kèm</translation>
    </message>
    <message>
        <source>A PDF, an image or an office file (Word, Excel, PowerPoint, OpenDocument), at most %1 each. Each document is kept in the file itself.</source>
        <translation>Tệp PDF, ảnh hoặc tệp văn phòng (Word, Excel, PowerPoint, OpenDocument), mỗi tệp tối đa %1. Tài liệu được lưu ngay trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Đính &amp;kèm…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No evidence document is attached to this criterion yet: choose Attach… to add the unit&apos;s documents.</source>
        <translation>Chưa có tài liệu kiểm chứng nào cho tiêu chí này: bấm Đính kèm… để thêm tài liệu của đơn vị.</translation>
    </message>
    <message>
        <source>No evidence document is attached to this criterion.</source>
        <translation>Không có tài liệu kiểm chứng nào cho tiêu chí này.</translation>
    </message>
    <message>
        <source>Attach evidence documents</source>
        <translation>Đính kèm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation>Tài liệu kiểm chứng (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder to open it: %2. Save a copy instead.</source>
        <translation>Không ghi được %1 vào thư mục tạm để mở: %2. Hãy lưu bản sao thay vào đó.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 (%2). Save a copy and open it with the program you use for such files.</source>
        <translation>Máy tính này không có chương trình mở được %1 (%2). Hãy lưu bản sao và mở bằng chương trình bạn vẫn dùng cho loại tệp này.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Lưu bản sao của %1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Gỡ tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Take %1 away from criterion %2 of %3? Undo (Ctrl+Z) attaches it again.</source>
        <translation>Gỡ %1 khỏi tiêu chí %2 của %3? Hoàn tác (Ctrl+Z) sẽ đính kèm lại.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>parindex::ExplanationActions</name>
    <message>
        <source>Record explanation…</source>
        <translation>Ghi nhận giải trình…</translation>
    </message>
    <message>
        <source>Decide explanation…</source>
        <translation>Kết luận giải trình…</translation>
    </message>
    <message>
        <source>Record what the unit explained about the current cell of its notice, and when it arrived: the cell is marked until the council decides it</source>
        <translation>Ghi nhận nội dung đơn vị giải trình về ô đang chọn của thông báo và ngày nhận: ô được đánh dấu cho đến khi Hội đồng kết luận</translation>
    </message>
    <message>
        <source>The council decided the current cell&apos;s explanation: its mark goes, the explanation stays in the sheet</source>
        <translation>Hội đồng đã kết luận giải trình của ô đang chọn: bỏ đánh dấu, nội dung giải trình vẫn giữ trong phiếu</translation>
    </message>
    <message>
        <source>Explanations are recorded while the results are not final. This sheet cannot be changed: the period is final or the file is read-only; reopen the period with a reason to correct it.</source>
        <translation>Giải trình chỉ được ghi nhận khi kết quả chưa chốt. Không sửa được phiếu này: kỳ đánh giá đã chốt hoặc tệp chỉ đọc; mở lại để điều chỉnh (kèm lý do).</translation>
    </message>
    <message>
        <source>Explanation of %1, criterion %2</source>
        <translation>Giải trình của %1, tiêu chí %2</translation>
    </message>
    <message>
        <source>What the unit &amp;explained:</source>
        <translation>Nội dung đơn vị giải &amp;trình:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <source>Decision on the explanation of %1, criterion %2</source>
        <translation>Kết luận giải trình của %1, tiêu chí %2</translation>
    </message>
    <message>
        <source>Explained:</source>
        <translation>Nội dung giải trình:</translation>
    </message>
    <message>
        <source>C&amp;onclusion of the council:</source>
        <translation>&amp;Kết luận của Hội đồng:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Ngày kết &amp;luận:</translation>
    </message>
</context>
<context>
    <name>parindex::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <source>Score sheets, one row per unit and criterion</source>
        <translation>Bảng điểm, mỗi đơn vị và tiêu chí một hàng</translation>
    </message>
    <message>
        <source>Score sheets, one row per unit (appraised values)</source>
        <translation>Bảng điểm, mỗi đơn vị một hàng (điểm thẩm định)</translation>
    </message>
    <message>
        <source>Criteria tree</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Self-assessment template of a unit</source>
        <translation>Mẫu tự đánh giá của một đơn vị</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File name ending in .xlsx or .csv</source>
        <translation>Tên tệp có đuôi .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Enter the name of the file to write.</source>
        <translation>Hãy nhập tên tệp cần ghi.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>The ranking of %1 units was written to %2.</source>
        <translation>Đã ghi kết quả xếp hạng của %1 đơn vị vào %2.</translation>
    </message>
    <message>
        <source>The score sheets of %1 units were written to %2.</source>
        <translation>Đã ghi bảng điểm của %1 đơn vị vào %2.</translation>
    </message>
    <message>
        <source>The criteria tree (%1 criteria) was written to %2.</source>
        <translation>Đã ghi bộ tiêu chí (%1 tiêu chí) vào %2.</translation>
    </message>
    <message>
        <source>The self-assessment template of %1 was written to %2.</source>
        <translation>Đã ghi mẫu tự đánh giá của %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>parindex::HelpWindow</name>
    <message>
        <source>User manual – PAR Index desk</source>
        <translation>Hướng dẫn sử dụng – Phần mềm Chỉ số CCHC</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
</context>
<context>
    <name>parindex::ImportDialog</name>
    <message>
        <source>Import survey results</source>
        <translation>Nhập kết quả điều tra xã hội học</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Nhập điểm</translation>
    </message>
    <message>
        <source>Survey points, or the answer counts A–E of each question, into the survey criteria of %1, group %2.</source>
        <translation>Nhập điểm điều tra xã hội học, hoặc số phiếu trả lời A–E của từng câu hỏi, vào các tiêu chí điều tra xã hội học năm %1, nhóm %2.</translation>
    </message>
    <message>
        <source>Self-assessed and appraised scores into %1, group %2, from a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Nhập điểm tự đánh giá và điểm thẩm định năm %1, nhóm %2, từ tệp CSV hoặc bảng tính Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Đường dẫn tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>&amp;Hủy đọc tệp</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <source>Preview (the first %1 rows)</source>
        <translation>Xem trước (%1 hàng đầu)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Lỗi cần sửa</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt)</source>
        <translation>Bảng tính và tệp CSV (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing was imported.</source>
        <translation>Không đọc được tệp; chưa nhập gì.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc đọc tệp; chưa nhập gì.</translation>
    </message>
    <message>
        <source>%1 holds no values to import.</source>
        <translation>%1 không có giá trị nào để nhập.</translation>
    </message>
    <message>
        <source>No problems: Import writes %1 values for %2 units, as one step that Undo takes back.</source>
        <translation>Không có lỗi: lệnh Nhập sẽ ghi %1 giá trị của %2 đơn vị, gộp thành một bước, có thể hoàn tác một lần.</translation>
    </message>
    <message>
        <source>The file is read-only: %1</source>
        <translation>Tệp chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Nothing can be imported into a period that cannot be read.</source>
        <translation>Không thể nhập vào một kỳ không đọc được.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them change a value already stored.</source>
        <translation>
            <numerusform>Trong đó %n giá trị thay đổi giá trị đã lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: column %1.</source>
        <translation>Không nhập: cột %1.</translation>
    </message>
    <message>
        <source>C&amp;olumns: what each column holds</source>
        <translation>Cột: nội &amp;dung của từng cột</translation>
    </message>
    <message>
        <source>%1 values for %2 units were imported from %3; Undo takes them back.</source>
        <translation>Đã nhập %1 giá trị của %2 đơn vị từ %3; Hoàn tác để lấy lại giá trị cũ.</translation>
    </message>
    <message>
        <source>Row %1 is past the preview&apos;s first %2 rows.</source>
        <translation>Dòng %1 nằm ngoài %2 dòng đầu của bản xem trước.</translation>
    </message>
</context>
<context>
    <name>parindex::LiveRankingReader</name>
    <message>
        <source>The ranking could not be read.</source>
        <translation>Không đọc được bảng xếp hạng.</translation>
    </message>
</context>
<context>
    <name>parindex::MainWindow</name>
    <message>
        <source>PAR Index files (*.parindex *.sqlite *.db);;All files (*)</source>
        <translation>Tệp PAR Index (*.parindex *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <source>New from &amp;demo…</source>
        <translation>Tạo từ &amp;dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>Sao &amp;lưu vào…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đóng tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Kỳ đánh giá</translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation>&amp;Tạo kỳ đánh giá mới…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Chốt kết quả…</translation>
    </message>
    <message>
        <source>&amp;Reopen for a correction…</source>
        <translation>Mở &amp;lại để điều chỉnh…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>Tiêu c&amp;hí</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Xếp hạng</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>PAR Index desk</source>
        <translation>Phần mềm Chỉ số CCHC</translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation>quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ đọc</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Không tạo được tệp</translation>
    </message>
    <message>
        <source>New file from the demo</source>
        <translation>Tệp mới từ dữ liệu mẫu</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Tệp mới</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: an existing file is never overwritten.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên khác: chương trình không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sao lưu vào</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Kỳ đánh giá mới</translation>
    </message>
    <message>
        <source>Copy the criteria and bands of the latest year</source>
        <translation>Sao chép tiêu chí và ngưỡng xếp loại của năm gần nhất</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Finalise the period</source>
        <translation>Chốt kỳ đánh giá</translation>
    </message>
    <message>
        <source>e.g. 600/QĐ-UBND</source>
        <translation>ví dụ 600/QĐ-UBND</translation>
    </message>
    <message>
        <source>A final period can no longer be edited. Reopening it later requires a reason.</source>
        <translation>Kỳ đánh giá đã chốt thì không sửa được nữa. Muốn mở lại sau này phải nêu lý do.</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <source>Enter the decision&apos;s number and date.</source>
        <translation>Hãy nhập số và ngày của quyết định.</translation>
    </message>
    <message>
        <source>Finalise the %1 ranking of %2 with decision %3? Its scores and criteria can then no longer be changed.</source>
        <translation>Chốt kết quả xếp hạng năm %1 của nhóm %2 theo quyết định %3? Sau đó không thể sửa điểm và tiêu chí nữa.</translation>
    </message>
    <message>
        <source>Reopen for a correction</source>
        <translation>Mở lại để điều chỉnh</translation>
    </message>
    <message>
        <source>Why must the final %1 ranking of %2 be corrected? The reason is kept in the audit log.</source>
        <translation>Vì sao cần điều chỉnh kết quả xếp hạng năm %1 của nhóm %2 đã chốt? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>A reason is required to reopen a final period.</source>
        <translation>Phải nêu lý do mới mở lại được kỳ đánh giá đã chốt.</translation>
    </message>
    <message>
        <source>&amp;Units and groups…</source>
        <translation>Đơn vị và &amp;nhóm…</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>&amp;Import scores…</source>
        <translation>&amp;Nhập điểm…</translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation>Nhập kết quả điều t&amp;ra xã hội học…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Chec&amp;k the file…</source>
        <translation>&amp;Kiểm tra tệp…</translation>
    </message>
    <message>
        <source>The audit log was changed</source>
        <translation>Nhật ký thay đổi đã bị sửa</translation>
    </message>
    <message>
        <source>File › Check the file shows what else differs.</source>
        <translation>Tệp › Kiểm tra tệp cho biết những gì khác cũng bị thay đổi.</translation>
    </message>
    <message>
        <source>No period was opened.</source>
        <translation>Chưa mở kỳ đánh giá nào.</translation>
    </message>
    <message>
        <source>The period was not finalised.</source>
        <translation>Kỳ đánh giá chưa được chốt.</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Chấm đ&amp;iểm</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>No file is open.

File &gt; New province creates your province&apos;s file, step by step; File &gt; Open opens an existing one; File &gt; New from demo creates the illustrative province to explore.</source>
        <translation>Chưa mở tệp nào.

Tệp › Tạo tỉnh mới từ đầu tạo tệp của tỉnh theo từng bước; Tệp › Mở để mở một tệp đã có; Tệp › Tạo từ dữ liệu mẫu tạo tỉnh minh họa để tìm hiểu chương trình.</translation>
    </message>
    <message>
        <source>New province…</source>
        <translation>Tạo tỉnh mới…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Explore the demo…</source>
        <translation>Xem dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>New pro&amp;vince…</source>
        <translation>Tạo tỉnh mới từ đầ&amp;u…</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Giới thiệu %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>%1 %2

Scores, ranks and publishes the Administrative Reform Index (Chỉ số cải cách hành chính) of a province&apos;s departments and local People&apos;s Committees.

Licence: GPL-3.0-or-later.</source>
        <translation>%1 %2

Chấm điểm, xếp hạng và công bố Chỉ số cải cách hành chính (Chỉ số CCHC) của các sở, ban, ngành và UBND cấp huyện, cấp xã của tỉnh.

Giấy phép: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>The notice of appraisal results was written to %1.</source>
        <translation>Đã ghi thông báo kết quả thẩm định vào %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) of appraisal results were written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n thông báo kết quả thẩm định vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [read-only] – %2</source>
        <translation>%1 [chỉ đọc] – %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1 năm %2: %3</translation>
    </message>
    <message>
        <source>Created %1: %2 groups, %3 units, year %4.</source>
        <translation>Đã tạo %1: %2 khối, %3 đơn vị, năm %4.</translation>
    </message>
    <message>
        <source>The decision would be wrong if it were finalised now. Correct these first (the Decision tab lists them too):</source>
        <translation>Nếu chốt kết quả lúc này, quyết định sẽ sai. Phải sửa trước (thẻ Quyết định cũng liệt kê):</translation>
    </message>
    <message>
        <source>Connec&amp;t to server…</source>
        <translation>Kết nối máy &amp;chủ…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language chosen applies now, but it could not be kept for the next start: %1 cannot be written.</source>
        <translation>Ngôn ngữ đã chọn được áp dụng ngay, nhưng không lưu được cho lần mở sau: không ghi được vào %1.</translation>
    </message>
    <message>
        <source>The list of recent files could not be kept: %1 cannot be written.</source>
        <translation>Không lưu được danh sách tệp mở gần đây: không ghi được vào %1.</translation>
    </message>
</context>
<context>
    <name>parindex::MovementPanel</name>
    <message>
        <source>Copy text</source>
        <translation>Sao chép câu</translation>
    </message>
    <message>
        <source>Puts the sentence on the clipboard, to paste into a report</source>
        <translation>Đưa câu giải thích vào bộ nhớ tạm để dán vào báo cáo</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>Puts the waterfall chart on the clipboard as a picture</source>
        <translation>Đưa biểu đồ thác nước vào bộ nhớ tạm dưới dạng hình ảnh</translation>
    </message>
    <message>
        <source>Select a unit to see why it moved since the year before.</source>
        <translation>Chọn một đơn vị để xem vì sao thứ hạng, chỉ số thay đổi so với năm trước.</translation>
    </message>
    <message>
        <source>%1 is the first year of this group: there is no earlier ranking to compare with.</source>
        <translation>Năm %1 là năm đầu tiên của khối này: không có kết quả xếp hạng năm trước để so sánh.</translation>
    </message>
</context>
<context>
    <name>parindex::Navigator</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Cannot be read (see the status bar)</source>
        <translation>Không đọc được (xem thanh trạng thái)</translation>
    </message>
    <message>
        <source>Type any part of a unit&apos;s name</source>
        <translation>Gõ một phần tên đơn vị</translation>
    </message>
    <message>
        <source>Type any part of the unit&apos;s name or code, with or without accents, then Enter.</source>
        <translation>Gõ một phần tên hoặc mã đơn vị, có dấu hay không dấu đều được, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>parindex::NewProvinceWizard</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 criteria, %2 points in all</source>
        <translation>%1 tiêu chí, tổng điểm tối đa %2</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>A new province</source>
        <translation>Tạo tỉnh mới</translation>
    </message>
    <message>
        <source>This assistant creates your province&apos;s file: its name, the groups of units, the units and the criteria of each group for the first year. Nothing is written before Create.</source>
        <translation>Trợ lý này tạo tệp dữ liệu của tỉnh: tên tỉnh, các khối đơn vị, danh sách đơn vị và bộ tiêu chí của từng khối cho năm đầu tiên. Chưa có gì được ghi cho đến khi nhấn Tạo.</translation>
    </message>
    <message>
        <source>such as Minh Hòa</source>
        <translation>ví dụ Minh Hòa</translation>
    </message>
    <message>
        <source>&amp;First year (kỳ đánh giá):</source>
        <translation>Năm đánh giá đầ&amp;u tiên:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Tệ&amp;p dữ liệu:</translation>
    </message>
    <message>
        <source>Save the new province&apos;s file as</source>
        <translation>Lưu tệp của tỉnh mới</translation>
    </message>
    <message>
        <source>PAR Index files (*.parindex);;All files (*)</source>
        <translation>Tệp PAR Index (*.parindex);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose where the new file is saved.</source>
        <translation>Hãy chọn nơi lưu tệp mới.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name (an existing file is never overwritten).</source>
        <translation>%1 đã có: hãy chọn tên khác (không bao giờ ghi đè lên tệp đã có).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>Groups of units</source>
        <translation>Các khối đơn vị</translation>
    </message>
    <message>
        <source>Units are ranked within their group (khối). Each group has a short code, used in files, and its name as the decision prints it. Edit, add or remove groups as your province ranks them.</source>
        <translation>Đơn vị được xếp hạng trong khối của mình. Mỗi khối có một mã ngắn (dùng trong các tệp dữ liệu) và tên được in trong quyết định. Sửa, thêm hoặc bớt khối cho đúng cách tỉnh xếp hạng.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>&amp;Add a group</source>
        <translation>Thêm &amp;khối</translation>
    </message>
    <message>
        <source>&amp;Remove the group</source>
        <translation>&amp;Xóa khối</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>The units of every group, from a spreadsheet (CSV, or Excel .xlsx: its first sheet) with the columns code, name and group, and if needed since_year, retired_year and ranked.</source>
        <translation>Đơn vị của mọi khối, lấy từ một bảng tính (CSV, hoặc Excel .xlsx: trang tính đầu tiên) có các cột code (mã), name (tên), group (mã khối), và nếu cần since_year, retired_year, ranked.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>&amp;Units file:</source>
        <translation>Tệp đơn &amp;vị:</translation>
    </message>
    <message>
        <source>The units file</source>
        <translation>Tệp danh sách đơn vị</translation>
    </message>
    <message>
        <source>Choose the units file.</source>
        <translation>Hãy chọn tệp danh sách đơn vị.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 units read; taking part in %2: %3.</source>
        <translation>Đã đọc %1 đơn vị; tham gia năm %2: %3.</translation>
    </message>
    <message>
        <source>Criteria of each group</source>
        <translation>Bộ tiêu chí của từng khối</translation>
    </message>
    <message>
        <source>The bộ tiêu chí of each group for the first year: from a spreadsheet (the columns code, title, max_points, kind and rule), copied from a year of another PAR Index file (with its class thresholds), or built later on the Criteria tab.</source>
        <translation>Bộ tiêu chí của từng khối cho năm đầu tiên: lấy từ bảng tính (các cột code, title, max_points, kind, rule), sao chép từ một năm của tệp PAR Index khác (kèm ngưỡng xếp loại), hoặc xây dựng sau trên thẻ Tiêu chí.</translation>
    </message>
    <message>
        <source>Later, on the Criteria tab</source>
        <translation>Để sau, trên thẻ Tiêu chí</translation>
    </message>
    <message>
        <source>From a spreadsheet</source>
        <translation>Từ bảng tính</translation>
    </message>
    <message>
        <source>From another PAR Index file</source>
        <translation>Từ tệp PAR Index khác</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Bộ tiêu chí của %1</translation>
    </message>
    <message>
        <source>PAR Index files (*.parindex *.sqlite *.db);;All files (*)</source>
        <translation>Tệp PAR Index (*.parindex *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4 criteria</source>
        <translation>Năm %1, %2 (%3): %4 tiêu chí</translation>
    </message>
    <message>
        <source>a .parindex file</source>
        <translation>tệp .parindex</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>Starts without criteria; add them on the Criteria tab.</source>
        <translation>Chưa có tiêu chí; bổ sung sau trên thẻ Tiêu chí.</translation>
    </message>
    <message>
        <source>%1 warning(s): %2</source>
        <translation>%1 cảnh báo: %2</translation>
    </message>
    <message>
        <source>Choose the file and its year.</source>
        <translation>Hãy chọn tệp và năm cần sao chép.</translation>
    </message>
    <message>
        <source>Choose the criteria file.</source>
        <translation>Hãy chọn tệp bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Sẵn sàng tạo tệp</translation>
    </message>
    <message>
        <source>Create writes the whole file at once. Cancel, or a problem while writing, leaves nothing behind.</source>
        <translation>Nút Tạo ghi toàn bộ tệp một lần. Nếu hủy, hoặc có lỗi khi ghi, không có tệp dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>First year: %1, in draft</source>
        <translation>Năm đánh giá đầu tiên: %1 (dự thảo)</translation>
    </message>
    <message>
        <source>Units in %1</source>
        <translation>Số đơn vị năm %1</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>none yet (the Criteria tab)</source>
        <translation>chưa có (bổ sung trên thẻ Tiêu chí)</translation>
    </message>
    <message>
        <source>copied from %1, %2 %3</source>
        <translation>sao chép từ %1, năm %2, khối %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>New province</source>
        <translation>Tạo tỉnh mới</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Không tạo được tệp</translation>
    </message>
    <message>
        <source>Province (tỉnh)</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Centrally-run city (thành phố trực thuộc trung ương)</source>
        <translation>Thành phố trực thuộc trung ương</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>such as Hải Phòng</source>
        <translation>ví dụ Hải Phòng</translation>
    </message>
    <message>
        <source>The decision is issued by: %1</source>
        <translation>Cơ quan ban hành quyết định: %1</translation>
    </message>
    <message>
        <source>Issuing body of the decisions: %1</source>
        <translation>Cơ quan ban hành quyết định: %1</translation>
    </message>
</context>
<context>
    <name>parindex::NoticeDialog</name>
    <message>
        <source>Notices of appraisal results %1</source>
        <translation>Thông báo kết quả thẩm định năm %1</translation>
    </message>
    <message>
        <source>blank: written by hand, e.g. 15/TB-HĐTĐ</source>
        <translation>để trống: ghi tay, ví dụ 15/TB-HĐTĐ</translation>
    </message>
    <message>
        <source>One &amp;file for all (each unit on a new page)</source>
        <translation>Một tệ&amp;p cho tất cả (mỗi đơn vị sang trang mới)</translation>
    </message>
    <message>
        <source>One PDF &amp;per unit, into a folder</source>
        <translation>Mỗi đơn vị một tệp PD&amp;F, vào một thư mục</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Ref&amp;erence number:</source>
        <translation>Số, &amp;ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Explanations unti&amp;l:</source>
        <translation>Hạn giải trìn&amp;h:</translation>
    </message>
    <message>
        <source>File or f&amp;older:</source>
        <translation>Tệp hoặc thư &amp;mục:</translation>
    </message>
    <message>
        <source>All units of the group</source>
        <translation>Tất cả đơn vị của nhóm</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>Thư mục ghi các thông báo</translation>
    </message>
    <message>
        <source>Notices as PDF</source>
        <translation>Thông báo dạng PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No group has a period in %1.</source>
        <translation>Năm %1 chưa có nhóm nào có kỳ đánh giá.</translation>
    </message>
    <message>
        <source>Dated: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <source>Explanations until: %1</source>
        <translation>Hạn giải trình: %1</translation>
    </message>
    <message>
        <source>The deadline for explanations is before the notice&apos;s date.</source>
        <translation>Hạn giải trình sớm hơn ngày thông báo.</translation>
    </message>
    <message>
        <source>Choose the folder for the notices.</source>
        <translation>Hãy chọn thư mục ghi các thông báo.</translation>
    </message>
    <message>
        <source>Choose the PDF file for the notices.</source>
        <translation>Hãy chọn tệp PDF ghi các thông báo.</translation>
    </message>
</context>
<context>
    <name>parindex::RankingModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Area %1: %2 of %3 points</source>
        <translation>Lĩnh vực %1: %2 / %3 điểm</translation>
    </message>
    <message>
        <source>Area %1: %2 (index of the area, %)</source>
        <translation>Lĩnh vực %1: %2 (chỉ số thành phần, %)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Tổng điểm đạt được</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Hạng năm trước</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng/giảm bậc</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Lĩnh vực %1</translation>
    </message>
    <message>
        <source>Area %1 does not apply to this unit.</source>
        <translation>Lĩnh vực %1 không áp dụng cho đơn vị này.</translation>
    </message>
</context>
<context>
    <name>parindex::RankingTab</name>
    <message>
        <source>All classes</source>
        <translation>Tất cả xếp loại</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Sao chép dạng bảng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>There is no period for this group yet. Open one with Period &gt; New period.</source>
        <translation>Nhóm này chưa có kỳ đánh giá nào. Hãy tạo kỳ bằng Kỳ đánh giá &gt; Tạo kỳ đánh giá mới.</translation>
    </message>
    <message>
        <source>No unit takes part in this period.</source>
        <translation>Không có đơn vị nào tham gia kỳ đánh giá này.</translation>
    </message>
    <message>
        <source>No unit is ranked yet: every unit still misses appraised scores.</source>
        <translation>Chưa đơn vị nào được xếp hạng: đơn vị nào cũng còn thiếu điểm thẩm định.</translation>
    </message>
    <message>
        <source>Not ranked, without an index:</source>
        <translation>Không xếp hạng, không có chỉ số:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Copy &amp;as table</source>
        <translation>Sao chép &amp;dạng bảng</translation>
    </message>
    <message>
        <source>Filter units: any part of the name, with or without accents…</source>
        <translation>Lọc đơn vị: gõ một phần tên, có dấu hay không dấu…</translation>
    </message>
    <message>
        <source>Notices to &amp;units…</source>
        <translation>Thông bá&amp;o kết quả…</translation>
    </message>
    <message>
        <source>Notices of appraisal results to the units before the decision: their sheets, provisional index and rank, and the deadline for explanations (PDF)</source>
        <translation>Thông báo kết quả thẩm định gửi các đơn vị trước khi ban hành quyết định: phiếu điểm, Chỉ số và thứ hạng tạm tính, hạn giải trình (PDF)</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>X&amp;uất PDF…</translation>
    </message>
    <message>
        <source>Print/Export ranking as PDF…</source>
        <translation>In/Xuất bảng xếp hạng ra PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>In bảng xế&amp;p hạng…</translation>
    </message>
    <message>
        <source>Print the ranking table (A4 landscape)</source>
        <translation>In bảng xếp hạng (A4 ngang)</translation>
    </message>
    <message>
        <source>Double-click a unit, or press Enter on it, to open its sheet.</source>
        <translation>Nhấp đúp vào một đơn vị, hoặc nhấn Enter, để mở phiếu của đơn vị đó.</translation>
    </message>
    <message>
        <source>The criteria do not add up: %1 The ranking below is computed on them as they are; correct them on the Criteria tab.</source>
        <translation>Điểm tối đa của bộ tiêu chí chưa khớp: %1 Bảng xếp hạng dưới đây được tính trên bộ tiêu chí đó; sửa tại thẻ Tiêu chí.</translation>
    </message>
    <message>
        <source>There is no period for this group yet.</source>
        <translation>Nhóm này chưa có kỳ đánh giá.</translation>
    </message>
    <message>
        <source>Print the ranking</source>
        <translation>In bảng xếp hạng</translation>
    </message>
    <message>
        <source>ranking-%1-%2.pdf</source>
        <translation>xep-hang-%1-%2.pdf</translation>
    </message>
    <message>
        <source>ranking.pdf</source>
        <translation>xep-hang.pdf</translation>
    </message>
    <message>
        <source>Print/Export ranking as PDF</source>
        <translation>In/Xuất bảng xếp hạng ra PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the ranking…</source>
        <translation>Đang đọc bảng xếp hạng…</translation>
    </message>
    <message>
        <source>Reading the ranking was stopped.</source>
        <translation>Đã dừng đọc bảng xếp hạng.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Sao chép bản tin</translation>
    </message>
    <message>
        <source>The news of this ranking as a press office writes it: the average and its change, units per class, first and last, the largest rises and falls, and the selected unit&apos;s rank (Ctrl+Shift+C)</source>
        <translation>Bản tin về kết quả xếp hạng như văn phòng báo chí viết: chỉ số bình quân và mức tăng, giảm; số đơn vị theo từng loại; đơn vị dẫn đầu và đứng cuối; các đơn vị tăng, giảm nhiều bậc nhất; thứ hạng của đơn vị đang chọn (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;What if: other maxima…</source>
        <translation>Thử th&amp;ay đổi điểm tối đa…</translation>
    </message>
    <message>
        <source>The ranking under other maxima, beside the real one, in a sandbox: the period is not changed</source>
        <translation>Xếp hạng theo các điểm tối đa khác, bên cạnh kết quả thật, để thử nghiệm: kỳ đánh giá không thay đổi</translation>
    </message>
    <message>
        <source>The summary of %1 %2 was copied to the clipboard.</source>
        <translation>Đã sao chép bản tin kết quả xếp hạng khối %1 năm %2.</translation>
    </message>
    <message>
        <source>The summary of %1 %2 and of %3 was copied to the clipboard.</source>
        <translation>Đã sao chép bản tin kết quả xếp hạng khối %1 năm %2 và của %3.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Thử thay đổi điểm tối đa</translation>
    </message>
    <message>
        <source>How robust is the order…</source>
        <translation>Thứ hạng vững đến đâu…</translation>
    </message>
    <message>
        <source>The ranking drawn again many times with each area&apos;s maximum (and, if asked, each appraised score) changed at random within a share: where each unit lands, as a chart and a table</source>
        <translation>Xếp hạng lại nhiều lần, mỗi lần điểm tối đa của từng lĩnh vực (và, nếu chọn, điểm thẩm định của từng tiêu chí thành phần) thay đổi ngẫu nhiên trong một tỷ lệ: mỗi đơn vị đứng ở thứ hạng nào, bằng biểu đồ và bảng</translation>
    </message>
</context>
<context>
    <name>parindex::ReadFailure</name>
    <message>
        <source>The data of this period cannot be read: %1</source>
        <translation>Không đọc được dữ liệu của kỳ này: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>parindex::RobustnessDialog</name>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Xuất biểu đồ…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <source>How robust is the order: %1/%2</source>
        <translation>Thứ hạng vững đến đâu: %1/%2</translation>
    </message>
    <message>
        <source>Each area&apos;s maximum is drawn within this share of its own; the areas are then brought back to the total of the tree.</source>
        <translation>Điểm tối đa của mỗi lĩnh vực được lấy ngẫu nhiên trong khoảng tỷ lệ này quanh điểm tối đa thực; sau đó các lĩnh vực được quy đổi lại cho đúng tổng điểm của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>as appraised</source>
        <translation>giữ như thẩm định</translation>
    </message>
    <message>
        <source>Each appraised leaf&apos;s points are also drawn within this share of its maximum (kept between 0 and the maximum); deductions stay as appraised.</source>
        <translation>Điểm thẩm định của mỗi tiêu chí thành phần cũng được lấy ngẫu nhiên trong khoảng tỷ lệ này của điểm tối đa (giữ trong khoảng từ 0 đến điểm tối đa); điểm trừ giữ như thẩm định.</translation>
    </message>
    <message>
        <source>The same seed and number of draws give the same result: a run can be repeated.</source>
        <translation>Cùng hạt giống và cùng số lần mô phỏng thì cho cùng kết quả: có thể chạy lại để kiểm tra.</translation>
    </message>
    <message>
        <source>Areas&apos; maxima:</source>
        <translation>Điểm tối đa các lĩnh vực:</translation>
    </message>
    <message>
        <source>Appraised scores:</source>
        <translation>Điểm thẩm định:</translation>
    </message>
    <message>
        <source>Draws:</source>
        <translation>Số lần mô phỏng:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Hạt giống:</translation>
    </message>
    <message>
        <source>The ranking of %1/%2 is drawn again with every area&apos;s maximum changed at random within the share given, as many times as the draws say. Run starts; nothing of the period changes.</source>
        <translation>Xếp hạng kỳ %1/%2 được tính lại với điểm tối đa của mọi lĩnh vực thay đổi ngẫu nhiên trong tỷ lệ đã chọn, đúng bằng số lần mô phỏng. Bấm Chạy để bắt đầu; dữ liệu của kỳ đánh giá không thay đổi.</translation>
    </message>
    <message>
        <source>Every unit (the first and the last %1 of a group of more than %2)</source>
        <translation>Mọi đơn vị (với khối trên %2 đơn vị: %1 đơn vị đầu và %1 đơn vị cuối)</translation>
    </message>
    <message>
        <source>The units selected in the table (up to %1)</source>
        <translation>Các đơn vị chọn trong bảng (tối đa %1)</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
    <message>
        <source>Seed: a whole number from 0 to %1, please.</source>
        <translation>Hạt giống phải là số nguyên từ 0 đến %1.</translation>
    </message>
    <message>
        <source>Drawing the ranking again %1 times…</source>
        <translation>Đang tính lại xếp hạng %1 lần…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>The run was stopped: the dialog was closed.</source>
        <translation>Đã dừng phân tích: hộp thoại đã đóng.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 of %2 draws: no result is shown.</source>
        <translation>Đã dừng sau %1 trong %2 lần mô phỏng: không có kết quả để hiển thị.</translation>
    </message>
    <message>
        <source>%1 draws (seed %2), each area&apos;s maximum within ±%3% and each appraised score within ±%4% of its maximum.</source>
        <translation>%1 lần mô phỏng (hạt giống %2), điểm tối đa mỗi lĩnh vực thay đổi trong khoảng ±%3% và điểm thẩm định mỗi tiêu chí thành phần trong khoảng ±%4% điểm tối đa.</translation>
    </message>
    <message>
        <source>%1 draws (seed %2), each area&apos;s maximum within ±%3%.</source>
        <translation>%1 lần mô phỏng (hạt giống %2), điểm tối đa mỗi lĩnh vực thay đổi trong khoảng ±%3%.</translation>
    </message>
    <message>
        <source>In 90% of the draws %1 of the %2 units keep exactly their rank; the widest interval spans %3 ranks.</source>
        <translation>Trong 90% số lần mô phỏng, %1 trên %2 đơn vị giữ nguyên thứ hạng; khoảng rộng nhất trải qua %3 bậc.</translation>
    </message>
    <message>
        <source>Select units in the table (Ctrl+click, Shift+click) to chart them.</source>
        <translation>Chọn các đơn vị trong bảng (Ctrl+nhấp, Shift+nhấp) để vẽ biểu đồ.</translation>
    </message>
    <message>
        <source>There is no chart yet: run the analysis first.</source>
        <translation>Chưa có biểu đồ: hãy chạy phân tích trước.</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png, .svg or .pdf.</source>
        <translation>%1: hãy chọn tên tệp có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>There is no result yet: run the analysis first.</source>
        <translation>Chưa có kết quả: hãy chạy phân tích trước.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV file (*.csv);;JSON file (*.json)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv);;Tệp JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>parindex::RobustnessModel</name>
    <message>
        <source>90% of the draws gave a rank from %1 to %2.</source>
        <translation>90% số lần mô phỏng cho thứ hạng từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The median of the unit&apos;s rank over the draws</source>
        <translation>Trung vị thứ hạng của đơn vị qua các lần mô phỏng</translation>
    </message>
    <message>
        <source>From the 5th to the 95th percentile of the unit&apos;s rank over the draws (nearest rank)</source>
        <translation>Từ bách phân vị 5 đến bách phân vị 95 của thứ hạng đơn vị qua các lần mô phỏng (theo hạng gần nhất)</translation>
    </message>
    <message>
        <source>The best and the worst rank of the unit over all the draws</source>
        <translation>Thứ hạng cao nhất và thấp nhất của đơn vị qua mọi lần mô phỏng</translation>
    </message>
    <message>
        <source>The share of the draws in which the unit has this class (%)</source>
        <translation>Tỷ lệ số lần mô phỏng đơn vị đạt xếp loại này (%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Hạng trung vị</translation>
    </message>
    <message>
        <source>5%–95%</source>
        <translation>5%–95%</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Cao nhất–thấp nhất</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>parindex::ScenarioBandsModel</name>
    <message>
        <source>not used</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <source>The lowest index of this class under the scenario. Leave it empty for a class the scenario does not use; the lowest class used starts at 0.</source>
        <translation>Chỉ số thấp nhất của loại này theo kịch bản. Để trống nếu kịch bản không dùng loại này; loại thấp nhất được dùng bắt đầu từ 0.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>From index</source>
        <translation>Từ chỉ số</translation>
    </message>
    <message>
        <source>Scenario from index</source>
        <translation>Từ chỉ số theo kịch bản</translation>
    </message>
    <message>
        <source>Scenario range</source>
        <translation>Khoảng theo kịch bản</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index. Type the lowest index of %2, such as 80 or 72,5.</source>
        <translation>&quot;%1&quot; không phải là chỉ số. Hãy gõ chỉ số thấp nhất của loại %2, ví dụ 80 hoặc 72,5.</translation>
    </message>
</context>
<context>
    <name>parindex::ScenarioMaximaModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Scenario maximum</source>
        <translation>Điểm tối đa thử</translation>
    </message>
    <message>
        <source>The maximum of %1 must be a number from 0 to %2.</source>
        <translation>Điểm tối đa của %1 phải là số từ 0 đến %2.</translation>
    </message>
    <message>
        <source>The period&apos;s rule: %1. Type linear, or thresholds such as 90:2;70:1 (a rate of at least 90 % gives 2 points, at least 70 % gives 1, below 0).</source>
        <translation>Quy tắc của kỳ đánh giá: %1. Gõ linear, hoặc các ngưỡng như 90:2;70:1 (tỷ lệ từ 90 % được 2 điểm, từ 70 % được 1 điểm, thấp hơn được 0).</translation>
    </message>
    <message>
        <source>Scenario rule</source>
        <translation>Quy tắc theo kịch bản</translation>
    </message>
    <message>
        <source>The rule of %1 must be linear, or thresholds such as 90:2;70:1.</source>
        <translation>Quy tắc của %1 phải là linear, hoặc các ngưỡng như 90:2;70:1.</translation>
    </message>
</context>
<context>
    <name>parindex::ScoreGridModel</name>
    <message>
        <source>N/A</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not applicable to this unit</source>
        <translation>Không áp dụng cho đơn vị này</translation>
    </message>
    <message>
        <source>Self-assessed: %1</source>
        <translation>Tự đánh giá: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>%1 of %2 applicable points</source>
        <translation>%1 / %2 điểm áp dụng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Tổng điểm đạt được</translation>
    </message>
    <message>
        <source>Points of area %1 (max %2)</source>
        <translation>Điểm lĩnh vực %1 (tối đa %2)</translation>
    </message>
</context>
<context>
    <name>parindex::ScoreSheetModel</name>
    <message>
        <source>%1, up to %2 points</source>
        <translation>%1, tối đa %2 điểm</translation>
    </message>
    <message>
        <source>Enter the rate in percent (0 to 100); rule: %1</source>
        <translation>Nhập tỷ lệ phần trăm (0 đến 100); quy tắc: %1</translation>
    </message>
    <message>
        <source>Not applicable to this unit: its points leave the maximum (Space)</source>
        <translation>Không áp dụng cho đơn vị này: điểm của tiêu chí không tính vào điểm tối đa (phím Space)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not applicable: left out of the maximum</source>
        <translation>Không áp dụng: không tính vào điểm tối đa</translation>
    </message>
    <message>
        <source>Deducted from %1</source>
        <translation>Trừ vào %1</translation>
    </message>
    <message>
        <source>%1 of %2 applicable points</source>
        <translation>%1 / %2 điểm áp dụng</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm đạt được</translation>
    </message>
    <message>
        <source>Maximum points of the criterion</source>
        <translation>Điểm tối đa của tiêu chí</translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment</source>
        <translation>Điểm tự đánh giá của đơn vị</translation>
    </message>
    <message>
        <source>The council&apos;s appraisal: only this value counts</source>
        <translation>Điểm thẩm định của Hội đồng: chỉ giá trị này được tính</translation>
    </message>
    <message>
        <source>Not applicable to this unit: leaves the maximum (Space)</source>
        <translation>Không áp dụng cho đơn vị này: không tính vào điểm tối đa (phím Space)</translation>
    </message>
    <message>
        <source>Points as scored, summed up to the areas</source>
        <translation>Điểm đạt được, cộng dồn lên đến lĩnh vực</translation>
    </message>
    <message>
        <source>Under explanation: the council has not decided yet.</source>
        <translation>Đang giải trình: Hội đồng chưa kết luận.</translation>
    </message>
    <message>
        <source>Council&apos;s note: %1</source>
        <translation>Ý kiến của Hội đồng: %1</translation>
    </message>
    <message>
        <source>Explanation received %1: %2</source>
        <translation>Giải trình nhận ngày %1: %2</translation>
    </message>
    <message>
        <source>Explanation received %1: %2 (decided %3%4)</source>
        <translation>Giải trình nhận ngày %1: %2 (đã kết luận ngày %3%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (decided %3)</source>
        <translation>%1: %2 (đã kết luận ngày %3)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>What the unit explained about its notice of appraisal results; marked until the council decides it</source>
        <translation>Nội dung đơn vị giải trình về thông báo kết quả thẩm định; được đánh dấu cho đến khi Hội đồng kết luận</translation>
    </message>
</context>
<context>
    <name>parindex::ScoreSummary</name>
    <message>
        <source>No unit selected</source>
        <translation>Chưa chọn đơn vị</translation>
    </message>
    <message>
        <source>Total: %1 / %2 points</source>
        <translation>Tổng điểm đạt được: %1 / %2 điểm</translation>
    </message>
    <message>
        <source>Index: %1 %</source>
        <translation>Chỉ số: %1%</translation>
    </message>
    <message>
        <source>%1, provisional</source>
        <translation>%1, tạm tính</translation>
    </message>
    <message>
        <source>The class holds once every applicable criterion is appraised.</source>
        <translation>Xếp loại chỉ chính thức khi mọi tiêu chí áp dụng đã được thẩm định.</translation>
    </message>
    <message>
        <source>Every applicable criterion is appraised.</source>
        <translation>Mọi tiêu chí áp dụng đã được thẩm định.</translation>
    </message>
    <message numerus="yes">
        <source>Missing (%n): %1</source>
        <translation>
            <numerusform>Còn thiếu (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: –</source>
        <translation>Chỉ số: –</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Không xếp hạng</translation>
    </message>
    <message>
        <source>Every criterion is not applicable to this unit: it has no index and no rank.</source>
        <translation>Mọi tiêu chí đều không áp dụng với đơn vị này: đơn vị không có chỉ số và không được xếp hạng.</translation>
    </message>
    <message>
        <source>Class not known: the class bands cannot be read</source>
        <translation>Chưa xác định được xếp loại: không đọc được ngưỡng xếp loại</translation>
    </message>
</context>
<context>
    <name>parindex::ScoresTab</name>
    <message>
        <source>Previous unit</source>
        <translation>Đơn vị trước</translation>
    </message>
    <message>
        <source>Next unit</source>
        <translation>Đơn vị sau</translation>
    </message>
    <message>
        <source>Type a value, then Enter (down) or Tab (next cell); 12,5 and 12.5 both work. Space: not applicable. Delete: clear. Ctrl+PgDn / Ctrl+PgUp: next / previous unit.</source>
        <translation>Nhập giá trị rồi nhấn Enter (xuống dòng) hoặc Tab (sang ô kế tiếp); gõ 12,5 hay 12.5 đều được. Space: không áp dụng. Delete: xóa. Ctrl+PgDn / Ctrl+PgUp: đơn vị sau / trước.</translation>
    </message>
    <message>
        <source>Are&amp;a:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Appraised values of every unit. Type a value, then Enter to go down the column or Tab to the next criterion. Double-click a unit to open its sheet.</source>
        <translation>Điểm thẩm định của mọi đơn vị. Nhập giá trị rồi nhấn Enter để xuống theo cột hoặc Tab để sang tiêu chí kế tiếp. Nhấp đúp vào một đơn vị để mở phiếu của đơn vị đó.</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>Chưa chọn đơn vị</translation>
    </message>
    <message>
        <source>No period selected</source>
        <translation>Chưa chọn kỳ đánh giá</translation>
    </message>
    <message>
        <source>%1 is final: scores are read-only</source>
        <translation>Năm %1 đã chốt: chỉ xem, không sửa được điểm</translation>
    </message>
    <message>
        <source>The file is read-only: scores cannot be changed</source>
        <translation>Tệp chỉ đọc: không sửa được điểm</translation>
    </message>
    <message>
        <source>Value not saved</source>
        <translation>Giá trị chưa được lưu</translation>
    </message>
    <message>
        <source>The period cannot be read: scores cannot be changed</source>
        <translation>Không đọc được kỳ đánh giá: không thể sửa điểm</translation>
    </message>
    <message>
        <source>Scores cannot be changed: the sheet cannot be read</source>
        <translation>Không thể sửa điểm: không đọc được phiếu điểm</translation>
    </message>
    <message>
        <source>No points, index or class: the sheet cannot be read.</source>
        <translation>Không có điểm, chỉ số hay xếp loại: không đọc được phiếu điểm.</translation>
    </message>
    <message>
        <source>By &amp;unit</source>
        <translation>Th&amp;eo đơn vị</translation>
    </message>
    <message>
        <source>&amp;By area</source>
        <translation>The&amp;o lĩnh vực</translation>
    </message>
    <message>
        <source>%1 is final (decision %2): its scores can no longer be changed. To correct a score, choose Period › Reopen for a correction; the reason is kept in the audit log.</source>
        <translation>Năm %1 đã chốt (quyết định %2): không sửa được điểm nữa. Muốn điều chỉnh điểm, chọn Kỳ đánh giá › Mở lại để điều chỉnh; lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Ctrl+PgDn / Ctrl+PgUp: next / previous unit.</source>
        <translation>Ctrl+PgDn / Ctrl+PgUp: đơn vị sau / trước.</translation>
    </message>
    <message>
        <source>Double-click a unit to open its sheet.</source>
        <translation>Nhấp đúp vào một đơn vị để mở phiếu của đơn vị đó.</translation>
    </message>
    <message>
        <source>Only the cells assigned to this login can be changed</source>
        <translation>Chỉ sửa được các ô giao cho tài khoản này</translation>
    </message>
    <message>
        <source>This cell is not assigned to this login: %1.</source>
        <translation>Ô này không được giao cho tài khoản này: %1.</translation>
    </message>
    <message>
        <source>This login: %1.</source>
        <translation>Tài khoản này: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n)…</source>
        <translation>
            <numerusform>Tài liệu KC (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents the unit attached to the current cell: open them, attach more (%1)</source>
        <translation>Các tài liệu đơn vị đã đính kèm vào ô hiện tại: mở xem, đính kèm thêm (%1)</translation>
    </message>
    <message>
        <source>The period is final or the file is open read-only: its evidence documents are shown, not changed.</source>
        <translation>Kỳ đánh giá đã chốt hoặc tệp đang mở chỉ đọc: tài liệu kiểm chứng chỉ được xem, không được thay đổi.</translation>
    </message>
    <message>
        <source>This login (%1) may not attach documents to %2: a unit&apos;s staff attach their own unit&apos;s evidence, and the secretary any unit&apos;s.</source>
        <translation>Tài khoản này (%1) không được đính kèm tài liệu cho %2: cán bộ đơn vị đính kèm tài liệu của đơn vị mình, thư ký đính kèm cho mọi đơn vị.</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Tài liệu KC…</translation>
    </message>
    <message>
        <source>Impact of a correction…</source>
        <translation>Tác động của việc điều chỉnh điểm…</translation>
    </message>
    <message>
        <source>Which units&apos; rank or class would change if the current cell&apos;s appraised value were another, before it is changed or the period reopened for a correction (%1)</source>
        <translation>Những đơn vị nào sẽ thay đổi thứ hạng hoặc xếp loại nếu điểm thẩm định của ô đang chọn là một giá trị khác, trước khi sửa điểm hoặc mở lại kỳ để đính chính (%1)</translation>
    </message>
    <message>
        <source>Choose a criterion that takes a value first.</source>
        <translation>Hãy chọn trước một tiêu chí có nhập điểm.</translation>
    </message>
    <message>
        <source>The period is no longer in the file.</source>
        <translation>Kỳ đánh giá không còn trong tệp.</translation>
    </message>
    <message>
        <source>Type the corrected value (a number such as 1,5), or na for not applicable.</source>
        <translation>Hãy nhập giá trị điều chỉnh (một số, ví dụ 1,5), hoặc na nếu không áp dụng.</translation>
    </message>
    <message>
        <source>Impact of a correction</source>
        <translation>Tác động của việc điều chỉnh điểm</translation>
    </message>
    <message>
        <source>Appraised value of %1 for %2 to try (a number, or na for not applicable); nothing is changed:</source>
        <translation>Điểm thẩm định thử của tiêu chí %1 đối với %2 (một số, hoặc na nếu không áp dụng); dữ liệu không thay đổi:</translation>
    </message>
</context>
<context>
    <name>parindex::SheetPreviewModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>parindex::UnitsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Ngừng th&amp;am gia…</translation>
    </message>
    <message>
        <source>&amp;Take retirement back</source>
        <translation>&amp;Khôi phục tham gia</translation>
    </message>
    <message>
        <source>Rename gro&amp;up…</source>
        <translation>Đổi tên nhó&amp;m…</translation>
    </message>
    <message>
        <source>Units and groups</source>
        <translation>Đơn vị và nhóm</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The file is open read-only: units and groups cannot be changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không sửa được đơn vị và nhóm.</translation>
    </message>
    <message>
        <source>Units are never deleted: a unit that no longer takes part is retired and keeps its history. The rankings up to %1 are final: units start or retire from %2 on.</source>
        <translation>Đơn vị không bao giờ bị xóa: đơn vị không còn tham gia thì được cho ngừng tham gia và vẫn giữ lịch sử. Kết quả xếp hạng đến năm %1 đã chốt: đơn vị chỉ có thể bắt đầu hoặc ngừng tham gia từ năm %2 trở đi.</translation>
    </message>
    <message>
        <source>Units are never deleted: a unit that no longer takes part is retired and keeps its history. Double-click a name to rename the unit.</source>
        <translation>Đơn vị không bao giờ bị xóa: đơn vị không còn tham gia thì được cho ngừng tham gia và vẫn giữ lịch sử. Nhấp đúp vào tên để đổi tên đơn vị.</translation>
    </message>
    <message>
        <source>Units not changed</source>
        <translation>Đơn vị chưa được thay đổi</translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation>Đơn vị cần có mã và tên.</translation>
    </message>
    <message>
        <source>There is already a unit with the code %1: %2 (group %3).</source>
        <translation>Đã có đơn vị mang mã %1: %2 (nhóm %3).</translation>
    </message>
    <message>
        <source>Group %1 already has a unit named %2 (code %3).</source>
        <translation>Nhóm %1 đã có đơn vị tên %2 (mã %3).</translation>
    </message>
    <message>
        <source>The rankings of group %1 up to %2 are final: a new unit takes part from %3 at the earliest.</source>
        <translation>Kết quả xếp hạng của nhóm %1 đến năm %2 đã chốt: đơn vị mới sớm nhất tham gia từ năm %3.</translation>
    </message>
    <message>
        <source>Unit %1 needs a name: the name was not changed.</source>
        <translation>Đơn vị %1 cần có tên: tên chưa được thay đổi.</translation>
    </message>
    <message>
        <source>rename unit %1</source>
        <translation>đổi tên đơn vị %1</translation>
    </message>
    <message>
        <source>%1 retired in %2, and the rankings up to %3 are final: its retirement cannot change.</source>
        <translation>%1 ngừng tham gia từ năm %2 và kết quả xếp hạng đến năm %3 đã chốt: không thể thay đổi việc ngừng tham gia.</translation>
    </message>
    <message>
        <source>The rankings of group %1 up to %2 are final: %3 can retire from %4 at the earliest.</source>
        <translation>Kết quả xếp hạng của nhóm %1 đến năm %2 đã chốt: %3 sớm nhất có thể ngừng tham gia từ năm %4.</translation>
    </message>
    <message>
        <source>%1 takes part from %2: it can retire from %3 at the earliest.</source>
        <translation>%1 tham gia từ năm %2: sớm nhất có thể ngừng tham gia từ năm %3.</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Cho %1 ngừng tham gia?</translation>
    </message>
    <message>
        <source>%1 has values entered for %2. They stay in the file, but %1 leaves the ranking of those years.</source>
        <translation>%1 đã có giá trị nhập cho %2. Các giá trị vẫn được giữ trong tệp, nhưng %1 sẽ không còn trong bảng xếp hạng các năm đó.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ngừng tham gia</translation>
    </message>
    <message>
        <source>retire unit %1</source>
        <translation>cho đơn vị %1 ngừng tham gia</translation>
    </message>
    <message>
        <source>take back the retirement of %1</source>
        <translation>khôi phục tham gia của %1</translation>
    </message>
    <message>
        <source>A group needs a code and a name.</source>
        <translation>Nhóm cần có mã và tên.</translation>
    </message>
    <message>
        <source>There is already a group with the code %1: %2.</source>
        <translation>Đã có nhóm mang mã %1: %2.</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>Không có nhóm %1.</translation>
    </message>
    <message>
        <source>Group %1 needs a name: the name was not changed.</source>
        <translation>Nhóm %1 cần có tên: tên chưa được thay đổi.</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Thêm đơn vị vào %1</translation>
    </message>
    <message>
        <source>Ranked (clear it for a unit of special status, listed without a rank)</source>
        <translation>Xếp hạng (bỏ chọn với đơn vị đặc thù, chỉ có tên trong danh sách mà không xếp hạng)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Takes part &amp;from:</source>
        <translation>Tham gia từ &amp;năm:</translation>
    </message>
    <message>
        <source>A unit is never deleted: when it no longer takes part, retire it.</source>
        <translation>Đơn vị không bao giờ bị xóa: khi không còn tham gia, hãy cho đơn vị ngừng tham gia.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Tên mới của %1:</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Cho %1 ngừng tham gia</translation>
    </message>
    <message>
        <source>It takes part up to %1 and stays in the file with its history.</source>
        <translation>Đơn vị tham gia đến hết năm %1 và vẫn được giữ trong tệp cùng lịch sử.</translation>
    </message>
    <message>
        <source>No longer takes part from:</source>
        <translation>Ngừng tham gia từ năm:</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Đổi tên nhóm</translation>
    </message>
    <message>
        <source>New name of group %1:</source>
        <translation>Tên mới của nhóm %1:</translation>
    </message>
    <message>
        <source>Units and groups cannot be changed while they cannot be read.</source>
        <translation>Không thể sửa đơn vị và nhóm khi chưa đọc được chúng.</translation>
    </message>
    <message>
        <source>The code %1 cannot be used: a unit code has no spaces and does not start with =, +, - or @.</source>
        <translation>Không dùng được mã %1: mã đơn vị không có dấu cách và không bắt đầu bằng =, +, - hoặc @.</translation>
    </message>
    <message>
        <source>The unit was not added.</source>
        <translation>Chưa thêm đơn vị.</translation>
    </message>
    <message>
        <source>The unit was not retired.</source>
        <translation>Chưa cho đơn vị thôi tham gia.</translation>
    </message>
    <message>
        <source>Add gr&amp;oup…</source>
        <translation>Thêm n&amp;hóm…</translation>
    </message>
    <message>
        <source>&amp;Continues…</source>
        <translation>Kế thừa đơn vị &amp;cũ…</translation>
    </message>
    <message>
        <source>Which units this unit continues after a reorganisation: the communes it was merged from, the unit it was split from, or its name before a rename.</source>
        <translation>Đơn vị này kế thừa những đơn vị nào sau khi sắp xếp lại: các xã hợp nhất thành, đơn vị được chia tách ra, hoặc tên cũ trước khi đổi tên.</translation>
    </message>
    <message>
        <source>%1 cannot continue itself.</source>
        <translation>%1 không thể kế thừa chính mình.</translation>
    </message>
    <message>
        <source>what %1 continues</source>
        <translation>đơn vị mà %1 kế thừa</translation>
    </message>
    <message>
        <source>What %1 continues</source>
        <translation>Đơn vị mà %1 kế thừa</translation>
    </message>
    <message>
        <source>Find a unit by code or name</source>
        <translation>Tìm đơn vị theo mã hoặc tên</translation>
    </message>
    <message>
        <source>From &amp;year:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Tick the units %1 continues: several for the communes it was merged from, one for the unit it was split from or its name before a rename, none when it continues only itself. A merged or split unit&apos;s rank change reads &quot;new&quot;; a renamed one is compared with its former rank.</source>
        <translation>Đánh dấu các đơn vị mà %1 kế thừa: nhiều đơn vị khi hợp nhất từ các xã, một đơn vị khi chia tách từ đơn vị đó hoặc khi đổi tên, không đánh dấu khi chỉ kế thừa chính mình. Đơn vị hợp nhất hoặc chia tách ghi thay đổi thứ hạng là &quot;mới&quot;; đơn vị đổi tên được so với thứ hạng cũ.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>parindex::UnitsModel</name>
    <message>
        <source>ranked</source>
        <translation>xếp hạng</translation>
    </message>
    <message>
        <source>listed without a rank</source>
        <translation>không xếp hạng</translation>
    </message>
    <message>
        <source>%1 takes part up to %2; its history is kept.</source>
        <translation>%1 tham gia đến hết năm %2; lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation>Ngừng tham gia từ</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>từ %1: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>%1 continues these units: its rank change is counted from theirs (a rename) or reads &quot;new&quot; (a merger or a split).</source>
        <translation>%1 kế thừa các đơn vị này: mức thay đổi thứ hạng được tính từ thứ hạng của đơn vị cũ (khi đổi tên) hoặc ghi &quot;mới&quot; (khi hợp nhất hoặc chia tách).</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Kế thừa</translation>
    </message>
</context>
<context>
    <name>parindex::WhatIfDialog</name>
    <message>
        <source>Ex&amp;port comparison…</source>
        <translation>X&amp;uất bảng so sánh…</translation>
    </message>
    <message>
        <source>What if: %1/%2</source>
        <translation>Thử thay đổi điểm tối đa: %1/%2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Thử nghiệm</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Xuất bảng so sánh</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Scenarios saved in the file</source>
        <translation>Kịch bản đã lưu trong tệp</translation>
    </message>
    <message>
        <source>&amp;Real criteria and bands</source>
        <translation>&amp;Trả lại tiêu chí và ngưỡng thật</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Lưu &amp;dưới tên…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Maxima and rate rules of the scenario (the period is not changed):</source>
        <translation>Điểm tối đa và quy tắc quy đổi tỷ lệ của kịch bản (kỳ đánh giá không bị thay đổi):</translation>
    </message>
    <message>
        <source>Classification bands of the scenario:</source>
        <translation>Ngưỡng xếp loại của kịch bản:</translation>
    </message>
    <message>
        <source>the period&apos;s own</source>
        <translation>của chính kỳ đánh giá</translation>
    </message>
    <message>
        <source>Edit of the scenario</source>
        <translation>Sửa kịch bản</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Kịch bản %1</translation>
    </message>
    <message>
        <source>There is no scenario named “%1” (deleted meanwhile?).</source>
        <translation>Không có kịch bản nào tên “%1” (vừa bị xóa?).</translation>
    </message>
    <message>
        <source>Scenarios are saved in an open file.</source>
        <translation>Kịch bản được lưu trong một tệp đang mở.</translation>
    </message>
    <message>
        <source>Saved by %1 on %2</source>
        <translation>Do %1 lưu lúc %2</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Mở kịch bản</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Name of the scenario in %1/%2:</source>
        <translation>Tên kịch bản trong %1/%2:</translation>
    </message>
    <message>
        <source>%1/%2 has a scenario named “%3” already. Replace it with this one?</source>
        <translation>%1/%2 đã có kịch bản tên “%3”. Thay thế bằng kịch bản này?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Delete a scenario</source>
        <translation>Xóa kịch bản</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from the file? The period itself is not changed.</source>
        <translation>Xóa kịch bản “%1” khỏi tệp? Bản thân kỳ đánh giá không thay đổi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Under this scenario no unit changes rank or class.</source>
        <translation>Theo kịch bản này không đơn vị nào thay đổi thứ hạng hay xếp loại.</translation>
    </message>
    <message>
        <source>Under this scenario, units that change rank: %1; that change class: %2 (highlighted).</source>
        <translation>Theo kịch bản này, số đơn vị thay đổi thứ hạng: %1; thay đổi xếp loại: %2 (được tô màu).</translation>
    </message>
</context>
<context>
    <name>parindex::WhatIfModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Scenario index (%)</source>
        <translation>Chỉ số thử (%)</translation>
    </message>
    <message>
        <source>Scenario rank</source>
        <translation>Xếp hạng thử</translation>
    </message>
    <message>
        <source>Scenario class</source>
        <translation>Xếp loại thử</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng/giảm bậc</translation>
    </message>
</context>
<context>
    <name>parindex::YearBox</name>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation>Nhập một năm từ %1 đến %2.</translation>
    </message>
</context>
</TS>
