/**
 * The only error texts citizens see. error.vue shows an error's message when it is one of
 * these and a generic text otherwise, so English or internal messages never reach the page.
 */
export const ERROR_TEXT = {
  communeNotFound: 'Không tìm thấy trang thông tin điện tử của xã cho tên miền này',
  articleNotFound: 'Không tìm thấy bài viết',
  pageNotFound: 'Không tìm thấy trang bạn yêu cầu. Trang có thể đã được chuyển hoặc không còn tồn tại.',
  unavailable: 'Hệ thống đang tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.',
  introPageNotFound: 'Không tìm thấy trang giới thiệu này. Mời bạn xem các mục tại trang Giới thiệu.',
  englishPageNotFound: 'Không tìm thấy trang tiếng Anh này (English page not found).',
  categoryNotFound: 'Không tìm thấy chuyên mục tin tức này.',
  newsPageNotFound: 'Không có trang tin tức này. Danh sách tin có ít trang hơn.',
  documentNotFound: 'Không tìm thấy văn bản. Văn bản có thể đã bị gỡ bỏ hoặc địa chỉ không đúng; hãy tìm lại trong mục Văn bản.',
  procedureNotFound: 'Không tìm thấy thủ tục hành chính. Thủ tục có thể đã được thay đổi; hãy xem lại danh sách thủ tục hành chính.',
  officialNotFound: 'Không tìm thấy trang của lãnh đạo này. Mời bạn xem danh sách tại trang Lãnh đạo xã.',
  planNotFound: 'Không tìm thấy quy hoạch, kế hoạch này. Hãy xem lại danh sách tại mục Quy hoạch – Kế hoạch.',
  planPageNotFound: 'Không có trang này của danh sách quy hoạch, kế hoạch. Danh sách có ít trang hơn hoặc điều kiện lọc không đúng.',
  projectNotFound: 'Không tìm thấy dự án đầu tư này. Hãy xem lại danh mục dự án tại mục Đầu tư – Đấu thầu – Mua sắm công.',
  noticeNotFound: 'Không tìm thấy thông tin đấu thầu, mua sắm công này. Hãy xem lại mục Đầu tư – Đấu thầu – Mua sắm công.',
  budgetReportNotFound: 'Không tìm thấy báo cáo công khai ngân sách này; hãy xem lại danh sách tại mục Công khai ngân sách.',
  statisticNotFound: 'Không tìm thấy số liệu thống kê này; hãy xem lại danh sách tại mục Thống kê.',
  questionNotFound: 'Không tìm thấy câu hỏi này; hãy xem lại danh sách tại mục Hỏi đáp.',
  questionPageNotFound: 'Không có trang này của danh sách hỏi đáp. Danh sách có ít trang hơn hoặc chủ đề không đúng.',
  consultationNotFound: 'Không tìm thấy dự thảo lấy ý kiến này; hãy xem lại danh sách tại mục Lấy ý kiến dự thảo.',
  formTooLarge: 'Nội dung gửi quá dài. Xin vui lòng rút gọn rồi gửi lại.',
  formNotUnderstood: 'Biểu mẫu không được gửi đúng cách. Xin vui lòng tải lại trang rồi gửi lại.',
  ratingNotUnderstood: 'Đánh giá không hợp lệ. Xin vui lòng quay lại trang và chọn “Có” hoặc “Không”.',
  previewNotFound: 'Không mở được bản xem trước: liên kết không đúng hoặc không dành cho trang của xã này. Hãy mở lại từ trang quản trị.',
  previewExpired: 'Liên kết xem trước đã hết hạn (mỗi liên kết dùng được 10 phút). Hãy bấm “Xem trước” lại trong trang quản trị.',
  previewForbidden: 'Tài khoản đã mở liên kết này không còn được xem bản nháp này.',
  scheduleNotFound: 'Không có lịch công tác của tuần này; hãy xem lịch công tác tuần hiện tại.',
} as const;

const KNOWN_TEXTS: ReadonlySet<string> = new Set(Object.values(ERROR_TEXT));

/** What error.vue tells the citizen for an error with this status and message. */
export function errorText(status: number, message: string | undefined): string {
  if (message && KNOWN_TEXTS.has(message)) return message;
  return status === 404 ? ERROR_TEXT.pageNotFound : ERROR_TEXT.unavailable;
}
