import { ErrorReason } from './error-codes.js';

export type Language = 'id' | 'en';
export const DEFAULT_LANGUAGE: Language = 'id';

/** Picks the first supported language from an Accept-Language header; Indonesian otherwise. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const tags = acceptLanguage.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  for (const tag of tags) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}

/** Error messages both apps show, in each language, keyed by reason. */
export const ERROR_MESSAGES: Record<Language, Record<ErrorReason, string>> = {
  id: {
    [ErrorReason.InvalidInput]: 'Isian belum benar.',
    [ErrorReason.EmailTaken]: 'E-mail ini sudah terdaftar. Silakan masuk atau gunakan e-mail lain.',
    [ErrorReason.WeakPassword]:
      'Kata sandi terlalu lemah: minimal 10 karakter, dengan huruf dan angka.',
    [ErrorReason.WrongCredentials]: 'E-mail atau kata sandi salah.',
    [ErrorReason.NotLoggedIn]: 'Silakan masuk terlebih dahulu.',
    [ErrorReason.MissingRole]: 'Anda tidak memiliki izin untuk tindakan ini.',
    [ErrorReason.NotGroupMember]: 'Hanya anggota KIM yang dapat melakukan ini.',
    [ErrorReason.NotFound]: 'Data tidak ditemukan.',
    [ErrorReason.ThreadLocked]: 'Topik ini dikunci; balasan baru tidak diterima.',
    [ErrorReason.ReportNotReviewable]: 'Laporan ini tidak sedang menunggu tinjauan.',
    [ErrorReason.ReportNotEditable]:
      'Laporan ini hanya dapat diubah setelah editor meminta perbaikan.',
    [ErrorReason.UnknownRegion]: 'Kelurahan tidak dikenal.',
    [ErrorReason.UnknownCategory]: 'Kategori tidak dikenal.',
    [ErrorReason.UnknownMedia]: 'Foto tidak ditemukan; unggah ulang.',
    [ErrorReason.NotAnImage]: 'Berkas bukan gambar (JPEG, PNG, WebP, atau GIF).',
    [ErrorReason.UploadTooLarge]: 'Berkas terlalu besar.',
    [ErrorReason.RateLimited]: 'Terlalu sering. Coba lagi sebentar lagi.',
    [ErrorReason.AlreadyMember]: 'Orang ini sudah menjadi anggota KIM tersebut.',
    [ErrorReason.GroupNotVerified]: 'KIM ini belum diverifikasi, jadi belum dapat berjualan.',
    [ErrorReason.ForbiddenCharacters]: 'Isian memuat karakter yang tidak diizinkan.',
    [ErrorReason.ImageTooLarge]:
      'Ukuran gambar terlalu besar (maksimal 40 megapiksel). Perkecil gambarnya lalu unggah lagi.',
    [ErrorReason.GroupNameTaken]: 'Sudah ada KIM dengan nama ini.',
    [ErrorReason.CrossSiteRequest]: 'Permintaan dari situs lain ditolak.',
    [ErrorReason.LastAdministrator]:
      'Peran Administrator tidak bisa dicabut dari administrator terakhir. Angkat administrator lain terlebih dahulu.',
    [ErrorReason.SearchUnavailable]:
      'Pencarian sedang tidak tersedia. Berita, forum, dan pasar tetap bisa dibuka; coba cari lagi sebentar lagi.',
    [ErrorReason.Internal]: 'Terjadi kesalahan di server. Coba lagi nanti.',
  },
  en: {
    [ErrorReason.InvalidInput]: 'Some fields are not right yet.',
    [ErrorReason.EmailTaken]: 'This e-mail is already registered. Log in or use another e-mail.',
    [ErrorReason.WeakPassword]:
      'The password is too weak: at least 10 characters, with letters and digits.',
    [ErrorReason.WrongCredentials]: 'Wrong e-mail or password.',
    [ErrorReason.NotLoggedIn]: 'Please log in first.',
    [ErrorReason.MissingRole]: 'You are not allowed to do this.',
    [ErrorReason.NotGroupMember]: 'Only members of a KIM can do this.',
    [ErrorReason.NotFound]: 'Not found.',
    [ErrorReason.ThreadLocked]: 'This thread is locked; it takes no new replies.',
    [ErrorReason.ReportNotReviewable]: 'This report is not waiting for review.',
    [ErrorReason.ReportNotEditable]:
      'This report can be changed only after an editor asks for changes.',
    [ErrorReason.UnknownRegion]: 'Unknown kelurahan.',
    [ErrorReason.UnknownCategory]: 'Unknown category.',
    [ErrorReason.UnknownMedia]: 'Photo not found; upload it again.',
    [ErrorReason.NotAnImage]: 'The file is not an image (JPEG, PNG, WebP or GIF).',
    [ErrorReason.UploadTooLarge]: 'The file is too large.',
    [ErrorReason.RateLimited]: 'Too many attempts. Try again shortly.',
    [ErrorReason.AlreadyMember]: 'This person is already a member of that KIM.',
    [ErrorReason.GroupNotVerified]: 'This KIM is not verified yet, so it cannot sell.',
    [ErrorReason.ForbiddenCharacters]: 'The input contains characters that are not allowed.',
    [ErrorReason.ImageTooLarge]:
      'The image is too large (40 megapixels at most). Make it smaller and upload it again.',
    [ErrorReason.GroupNameTaken]: 'A KIM with this name already exists.',
    [ErrorReason.CrossSiteRequest]: 'Requests sent from another site are refused.',
    [ErrorReason.LastAdministrator]:
      'The last administrator cannot lose the role. Make someone else an administrator first.',
    [ErrorReason.SearchUnavailable]:
      'Search is unavailable right now. News, forum and market still open; try searching again shortly.',
    [ErrorReason.Internal]: 'Something went wrong on the server. Try again later.',
  },
};
