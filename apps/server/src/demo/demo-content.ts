/**
 * The demo set `npm run demo` loads: clearly fictional people, groups, threads, reports and
 * listings (every name says "contoh"), plus the real 2018 Temu KIM report, so a newcomer
 * sees a living site. Each item has a natural key, so loading twice adds nothing.
 */
export const DEMO_EMAIL_DOMAIN = 'contoh.sim-se.local';

export interface DemoPerson {
  key: string;
  name: string;
  regionCode: string;
  roles: string[];
}

/** Pipitan (Walantaka) and Kota Baru (Serang), two kelurahan of Kota Serang. */
const PIPITAN = '36.73.03.1014';
const KOTA_BARU = '36.73.01.1004';

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'rina', name: 'Rina Pewarta (contoh)', regionCode: PIPITAN, roles: [] },
  { key: 'gunawan', name: 'Gunawan Multimedia (contoh)', regionCode: KOTA_BARU, roles: [] },
  { key: 'dewi', name: 'Dewi Redaksi (contoh)', regionCode: KOTA_BARU, roles: ['EDITOR'] },
  { key: 'agus', name: 'Agus Warga (contoh)', regionCode: PIPITAN, roles: [] },
];

export interface DemoGroup {
  name: string;
  regionCode: string;
  decreeNumber: string;
  decreeDate: string;
  members: Array<{ person: string; isAdmin: boolean }>;
}

export const DEMO_GROUPS: DemoGroup[] = [
  {
    name: 'KIM Contoh Taman Kreatif Pipitan',
    regionCode: PIPITAN,
    decreeNumber: 'SK-CONTOH/001/KEL-PIPITAN/2026',
    decreeDate: '2026-01-15',
    members: [{ person: 'rina', isAdmin: true }],
  },
  {
    name: 'KIM Contoh Multimedia Kota Baru',
    regionCode: KOTA_BARU,
    decreeNumber: 'SK-CONTOH/002/KEL-KOTABARU/2026',
    decreeDate: '2026-02-03',
    members: [{ person: 'gunawan', isAdmin: true }],
  },
];

export interface DemoReport {
  author: string;
  /** Read from the fixture file instead of title and body when set. */
  fixture?: string;
  title?: string;
  body?: string;
  regionCode: string;
  publish: boolean;
}

export const DEMO_REPORTS: DemoReport[] = [
  { author: 'rina', fixture: 'temu-kim-2018.md', regionCode: PIPITAN, publish: true },
  {
    author: 'gunawan',
    title: 'Pelatihan foto ponsel untuk pewarta warga (contoh)',
    body:
      'Berita contoh. Sebanyak dua puluh pewarta warga berlatih memotret kegiatan kelurahan ' +
      'dengan ponsel: cahaya, komposisi, dan menulis keterangan foto yang jujur.\n\n' +
      'Peserta diminta mengirim tiga foto terbaik untuk dimuat di e-journal KIM.',
    regionCode: KOTA_BARU,
    publish: true,
  },
  {
    author: 'rina',
    title: 'Rencana kopdar KIM di Taman Digital Alun-alun (contoh)',
    body:
      'Berita contoh yang menunggu tinjauan redaksi. Para pegiat KIM merencanakan kopdar ' +
      'untuk bertukar informasi perkembangan KIM di Kota Serang.',
    regionCode: KOTA_BARU,
    publish: false,
  },
];

export interface DemoThread {
  category: string;
  author: string;
  title: string;
  body: string;
  replies: Array<{ author: string; body: string }>;
}

export const DEMO_THREADS: DemoThread[] = [
  {
    category: 'tanya-jawab',
    author: 'agus',
    title: 'Bagaimana cara membentuk KIM di kelurahan kami? (contoh)',
    body: 'Kami warga ingin membentuk KIM. Dokumen apa saja yang perlu disiapkan?',
    replies: [
      {
        author: 'rina',
        body: 'Ajukan **SK dari kelurahan atau kecamatan** untuk melegalkan KIM, lalu daftarkan pengurus dan anggotanya.',
      },
      { author: 'agus', body: 'Terima kasih, kami siapkan dulu susunan pengurusnya.' },
    ],
  },
  {
    category: 'kegiatan-kopdar',
    author: 'gunawan',
    title: 'Kopdar bulan depan di Taman Digital Alun-alun (contoh)',
    body: 'Siapa saja yang bisa hadir? Kita bahas rencana e-journal dan lomba pemberitaan.',
    replies: [{ author: 'rina', body: 'KIM Taman Kreatif siap hadir dengan lima orang.' }],
  },
  {
    category: 'usaha-kim',
    author: 'rina',
    title: 'Ide produk kerajinan untuk dijual ke instansi (contoh)',
    body: 'Anyaman pandan kami mulai dipesan. Ada ide kemasan yang cocok untuk instansi?',
    replies: [],
  },
];

export interface DemoListing {
  group: string;
  seller: string;
  title: string;
  description: string;
  categorySlug: string;
  price: number;
  stock: number;
  /** Colours of the generated product picture. */
  colours: [string, string];
}

export const DEMO_LISTINGS: DemoListing[] = [
  {
    group: 'KIM Contoh Taman Kreatif Pipitan',
    seller: 'rina',
    title: 'Tas anyaman pandan (contoh)',
    description: 'Produk contoh. Tas anyaman pandan buatan tangan, 30 × 25 cm.',
    categorySlug: 'kerajinan',
    price: 85_000,
    stock: 12,
    colours: ['#8a6d3b', '#e8d8a8'],
  },
  {
    group: 'KIM Contoh Taman Kreatif Pipitan',
    seller: 'rina',
    title: 'Emping melinjo 250 g (contoh)',
    description: 'Produk contoh. Emping melinjo renyah khas Serang, kemasan 250 gram.',
    categorySlug: 'makanan',
    price: 25_000,
    stock: 40,
    colours: ['#c8a13a', '#fff4cc'],
  },
  {
    group: 'KIM Contoh Multimedia Kota Baru',
    seller: 'gunawan',
    title: 'Sketsa wajah pensil A4 (contoh)',
    description: 'Produk contoh. Sketsa wajah dengan pensil di kertas A4, selesai dalam 3 hari.',
    categorySlug: 'sketsa',
    price: 150_000,
    stock: 5,
    colours: ['#444444', '#f2f2f2'],
  },
  {
    group: 'KIM Contoh Multimedia Kota Baru',
    seller: 'gunawan',
    title: 'Dokumentasi foto kegiatan, per jam (contoh)',
    description: 'Produk contoh. Foto dokumentasi acara instansi, file diserahkan dalam 2 hari.',
    categorySlug: 'fotografi',
    price: 300_000,
    stock: 10,
    colours: ['#1f4e79', '#9cc3e6'],
  },
];
