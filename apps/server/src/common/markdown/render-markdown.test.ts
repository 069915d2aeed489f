import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**Temu KIM** di _Pipitan_')).toBe(
      '<p><strong>Temu KIM</strong> di <em>Pipitan</em></p>\n',
    );
  });

  it('drops script tags and their content', () => {
    const html = renderMarkdown('Halo <script>alert(1)</script> warga');
    expect(html).not.toContain('script');
    expect(html).not.toContain('alert');
  });

  it('drops event handlers from raw HTML', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"> <b onclick="steal()">tebal</b>');
    expect(html).not.toMatch(/onerror|onclick|<img/);
  });

  it('removes javascript: and data: link targets, in Markdown and in HTML', () => {
    const html = renderMarkdown(
      '[klik](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">x</a> [d](data:text/html,hi)',
    );
    expect(html).not.toMatch(/javascript:|data:/i);
  });

  it('keeps web links and marks them nofollow', () => {
    expect(renderMarkdown('[Diskominfo](https://serangkota.go.id)')).toContain(
      '<a href="https://serangkota.go.id" rel="nofollow noopener noreferrer ugc">Diskominfo</a>',
    );
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('# Judul\n\n**Tebal** & [tautan](https://a.id)')).toBe(
      'Judul Tebal & tautan',
    );
  });
});
