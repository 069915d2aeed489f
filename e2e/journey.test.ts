import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService } from '../apps/server/src/modules/search/search.service.js';
import { TEST_ADMIN, TEST_KELURAHAN, type TestApp } from '../apps/server/test/test-app.js';
import { launchChromium } from './support/browser.js';
import { startProduct } from './support/product.js';

/**
 * A newcomer's first day on SIM-SE, clicked through in Chromium: register, log in, start a
 * thread and reply, send a report, have an editor publish it, see it on the home page, find
 * it by search, and offer a product in the market.
 */
describe('a resident becomes a citizen reporter', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const suffix = randomBytes(3).toString('hex');
  const person = {
    name: `Nur Pewarta ${suffix}`,
    email: `nur-${suffix}@contoh.id`,
    password: 'kali-banten-2026',
  };
  const reportTitle = `Lomba perahu hias di Kali Banten ${suffix}`;
  const consoleErrors: string[] = [];

  const visit = (target: string) => page.goto(`${app.url}${target}`, { waitUntil: 'networkidle' });
  const drainSearch = () => app.server.app.get(SearchService).drain();

  beforeAll(async () => {
    app = await startProduct();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the home page in Bahasa Indonesia, under a strict content security policy', async () => {
    const response = await visit('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const byName = await fetch(`${app.url}/index.html`);
    expect(byName.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(byName.headers.get('cache-control')).toBe('no-cache');
    for (const target of ['/', '/forum', '/berita']) {
      expect((await fetch(`${app.url}${target}`, { method: 'HEAD' })).status, target).toBe(200);
    }
    await expect(
      page.getByRole('heading', { name: 'Selamat datang di SIM-SE' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Berita terbaru' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('registers with a clear error for a weak password first', async () => {
    await visit('/daftar');
    await page.getByLabel('Nama lengkap').fill(person.name);
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Kata sandi').fill('pendek');
    await page.getByLabel('Kelurahan').selectOption(TEST_KELURAHAN);
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByText('Minimal 10 karakter, dengan huruf dan angka.').first().waitFor();

    await page.getByLabel('Kata sandi').fill(person.password);
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  });

  it('logs out and back in', async () => {
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('link', { name: 'Masuk' }).first().waitFor();
    await visit('/masuk');
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Kata sandi').fill('kata-sandi-salah-1');
    await page.getByRole('button', { name: 'Masuk' }).last().click();
    await page.getByText('E-mail atau kata sandi salah.').waitFor();
    await page.getByLabel('Kata sandi').fill(person.password);
    await page.getByRole('button', { name: 'Masuk' }).last().click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  });

  it('starts a thread and replies to it', async () => {
    await visit('/forum');
    await page
      .getByRole('link', { name: /Tanya Jawab/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Topik baru' }).click();
    await page.getByLabel('Judul topik').fill(`Jadwal posyandu bulan ini ${suffix}`);
    await page.getByLabel('Isi').fill('Ada yang tahu jadwal posyandu di **Cipocok Jaya**?');
    await page.getByRole('button', { name: 'Mulai topik' }).click();
    await page.getByRole('heading', { name: `Jadwal posyandu bulan ini ${suffix}` }).waitFor();
    await expect(
      page.locator('strong', { hasText: 'Cipocok Jaya' }).count(),
    ).resolves.toBeGreaterThan(0);

    await page.getByLabel('Balasan Anda').fill('Setiap Sabtu pertama, di balai warga.');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.getByText('Setiap Sabtu pertama, di balai warga.').waitFor();
  });

  it('sends a report once an administrator has made the resident a KIM member', async () => {
    const admin = await app.admin();
    const people = await admin.data<{ users: Array<{ id: string }> }>(
      `query($search: String!) { users(search: $search) { id } }`,
      { search: person.email },
    );
    const group = await admin.data<{ createGroup: { id: string } }>(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: `KIM Uji Cipocok ${suffix}`,
          regionCode: TEST_KELURAHAN,
          decreeNumber: `SK/${suffix}/2026`,
          decreeDate: '2026-03-01',
        },
      },
    );
    await admin.data(
      `mutation($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }`,
      {
        g: group.createGroup.id,
        u: people.users[0].id,
      },
    );

    await visit('/lapor');
    await page.getByLabel('Judul').fill(reportTitle);
    await page
      .getByLabel('Isi laporan')
      .fill('Warga Kasemen menggelar lomba perahu hias. Pewarta warga meliput dari tepi kali.');
    await page.getByLabel('Kelurahan').selectOption(TEST_KELURAHAN);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByText('Laporan terkirim dan menunggu tinjauan redaksi.').waitFor();
  });

  it('is published by an editor from the review queue', async () => {
    const editorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const editorPage = await editorContext.newPage();
    await editorPage.goto(`${app.url}/masuk`, { waitUntil: 'networkidle' });
    await editorPage.getByLabel('E-mail').fill(TEST_ADMIN.email);
    await editorPage.getByLabel('Kata sandi').fill(TEST_ADMIN.password);
    await editorPage.getByRole('button', { name: 'Masuk' }).last().click();
    await editorPage.getByRole('button', { name: 'Keluar' }).waitFor();

    await editorPage.goto(`${app.url}/redaksi`, { waitUntil: 'networkidle' });
    const item = editorPage.getByRole('listitem').filter({ hasText: reportTitle });
    await item.getByRole('button', { name: 'Terbitkan' }).click();
    await editorPage.getByText(`Laporan diterbitkan: ${reportTitle}`).waitFor();
    await item.waitFor({ state: 'detached' });
    await editorContext.close();
  });

  it('appears on the home page and opens as an article', async () => {
    await visit('/');
    await page.getByRole('link', { name: reportTitle }).click();
    await page.getByRole('heading', { name: reportTitle }).waitFor();
    expect(page.url()).toMatch(/\/berita\/lomba-perahu-hias-di-kali-banten/);
  });

  it('is found by search, even misspelt', async () => {
    await drainSearch();
    await visit(`/cari?q=${encodeURIComponent('perahu hais')}`);
    await page.getByRole('link', { name: reportTitle }).waitFor();
  });

  it('offers a product that then shows in the catalogue', async () => {
    await visit('/pasar/baru');
    await page.getByLabel('KIM penjual').selectOption({ label: `KIM Uji Cipocok ${suffix}` });
    await page.getByLabel('Kategori').selectOption('kerajinan');
    await page.getByLabel('Nama produk').fill(`Miniatur perahu bambu ${suffix}`);
    await page.getByLabel('Deskripsi').fill('Miniatur perahu dari bambu, panjang 40 cm.');
    await page.getByLabel('Harga (rupiah)', { exact: true }).fill('-5000');
    await page.getByLabel('Stok').fill('7');
    await page.getByRole('button', { name: 'Terbitkan produk' }).click();
    await page
      .getByText(/Harga harus bilangan bulat rupiah/)
      .first()
      .waitFor();

    await page.getByLabel('Harga (rupiah)', { exact: true }).fill('125000');
    await page.getByRole('button', { name: 'Terbitkan produk' }).click();
    await page.getByRole('heading', { name: `Miniatur perahu bambu ${suffix}` }).waitFor();
    await page.getByText('Rp 125.000').first().waitFor();

    await visit('/pasar');
    await page
      .getByRole('link', { name: new RegExp(`Miniatur perahu bambu ${suffix}`) })
      .first()
      .waitFor();
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const target of ['/', '/berita', '/forum', '/pasar', '/daftar']) {
      await visit(target);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${target} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  it('ran the whole journey without a script error or a blocked resource', () => {
    // Requests the journey fails on purpose (a weak password, a wrong one, a negative price)
    // are answered refusals, not faults of the page.
    const unexpected = consoleErrors.filter((text) => !/status of 4\d\d/.test(text));
    expect(unexpected).toEqual([]);
  });
});
