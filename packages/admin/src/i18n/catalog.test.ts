import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { catalog, featureMessageCount } from './catalog';
import { leafKeys } from './merge';

describe('the console speaks Chinese first and English second, completely', () => {
  const zh = leafKeys(catalog('zh-CN'));
  const en = leafKeys(catalog('en'));

  it('has every react-admin 5 message in Chinese', () => {
    const missing = leafKeys(englishMessages).filter((k) => !zh.includes(k));
    expect(missing).toEqual([]);
    expect(catalog('zh-CN').ra.action.save).toBe('保存');
    expect(catalog('zh-CN').ra.navigation.clear_filters).toBe('清除筛选');
  });

  it('has the same keys in both languages', () => {
    // The Chinese package also carries some react-admin 4 keys nobody asks for any more.
    expect(zh.filter((k) => !k.startsWith('ra.') && !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it("gathers every feature folder's messages", () => {
    expect(featureMessageCount).toBeGreaterThanOrEqual(20);
    expect(zh).toContain('resources.Village.name');
    expect(en).toContain('resources.Village.name');
    const village = (catalog('zh-CN').resources as Record<string, { name: string }>).Village;
    expect(village.name).toMatch(/村/);
  });
});
