// Tokenising package names and labels, the token table, and guesses from English words, pinyin
// and zh label phrases.
import { describe, expect, it } from 'vitest';
import tokensData from '../../../main/classify/data/tokens.json';
import { classifyApp } from '../../../main/classify/classify-app';
import { parseAppCatalogue } from '../../../main/classify/app-catalogue';
import { CONFIDENCE } from '../../../main/classify/classification';
import { ClassifyDataError } from '../../../main/classify/errors';
import { builtInTokenTable, parseTokenTable } from '../../../main/classify/token-table';
import { tokenise } from '../../../main/classify/tokenise';

/** A catalogue that knows none of the test packages, so tokens decide. */
const catalogue = parseAppCatalogue({
  version: 1,
  description: 'test',
  apps: [{ package: 'org.example.listed', category: 'news', zh: '列表', en: 'Listed', source: 'test' }],
});

const guess = (packageName: string, label?: string) =>
  classifyApp({ packageName, catalogue, ...(label === undefined ? {} : { label }) });

describe('tokenise', () => {
  it('splits on dots, underscores, camelCase, acronyms and digits and keeps whole segments', () => {
    expect(tokenise('com.baidu.BaiduMap')).toEqual(['com', 'baidu', 'baidumap', 'map']);
    expect(tokenise('com.qidian.QDReader')).toEqual(['com', 'qidian', 'qdreader', 'qd', 'reader']);
    expect(tokenise('com.cootek.smartinputv5')).toEqual(['com', 'cootek', 'smartinputv5', 'smartinputv']);
    expect(tokenise('cn.wps.moffice_eng')).toEqual(['cn', 'wps', 'moffice', 'eng']);
    expect(tokenise('WiFi万能钥匙 Pro')).toEqual(['wifi', 'wi', 'fi', 'pro']);
    expect(tokenise('高德地图')).toEqual([]);
  });
});

describe('token table', () => {
  it('parses the shipped file: every category has words and zh phrases, each word in one category', () => {
    const table = builtInTokenTable();
    const categories = new Set([...table.words.values()].map((rule) => rule.categoryId));
    expect(categories.size).toBe(39);
    expect(new Set(table.labelPhrases.map((rule) => rule.categoryId)).size).toBe(39);
    expect(parseTokenTable(tokensData).words.size).toBe(table.words.size);
  });

  it('rejects a word listed under two categories and a bad weight', () => {
    const doc = (categories: unknown) => ({ version: 1, description: '', partialFactor: 0.8, categories });
    expect(() =>
      parseTokenTable(
        doc({
          news: { words: { news: 0.5 }, labelPhrases: {} },
          ebooks: { words: { news: 0.4 }, labelPhrases: {} },
        }),
      ),
    ).toThrow(/'news' is under news and ebooks/);
    expect(() => parseTokenTable(doc({ news: { words: { news: 2 }, labelPhrases: {} } }))).toThrow(
      ClassifyDataError,
    );
    expect(() => parseTokenTable(doc({ nonsense: { words: {}, labelPhrases: {} } }))).toThrow(
      ClassifyDataError,
    );
  });
});

describe('classification by tokens', () => {
  it.each([
    ['com.example.CityMap', 'map_navigation'],
    ['com.example.taxi', 'ride_hailing'],
    ['com.example.wallet', 'online_payment'],
    ['com.example.mobilebank', 'mobile_banking'],
    ['com.example.newsreader', 'news'],
    ['com.example.musicplayer', 'online_audio_video'],
    ['com.example.puzzlegame', 'online_games'],
    ['com.example.weather', 'utility_tools'],
    ['com.example.keyboard', 'input_method'],
    ['org.example.browser', 'browser'],
    ['com.example.hotel', 'hotel_services'],
    ['com.example.jobs', 'job_recruitment'],
    ['com.example.fitness', 'sports_fitness'],
    ['com.example.translate', 'utility_tools'],
    ['com.example.bikeshare', 'vehicle_use'],
  ])('%s → %s (English words)', (name, category) => {
    const result = guess(name);
    expect(result.categoryId).toBe(category);
    expect(result.reason.kind).toBe('token');
  });

  it.each([
    ['com.example.ditu', 'map_navigation'],
    ['com.example.daohang', 'map_navigation'],
    ['com.example.dache', 'ride_hailing'],
    ['com.example.zhifu', 'online_payment'],
    ['com.example.yinhang', 'mobile_banking'],
    ['com.example.shangcheng', 'online_shopping'],
    ['com.example.xinwen', 'news'],
    ['com.example.yinyue', 'online_audio_video'],
    ['com.example.youxi', 'online_games'],
    ['com.example.xiaoshuo', 'ebooks'],
    ['com.example.yuedu', 'ebooks'],
    ['com.example.xiangji', 'photo_beautify'],
    ['com.example.meiyan', 'photo_beautify'],
    ['com.example.shurufa', 'input_method'],
    ['com.example.tianqi', 'utility_tools'],
    ['com.example.liulanqi', 'browser'],
    ['com.example.youxiang', 'email_cloud_storage'],
    ['com.example.danche', 'vehicle_use'],
    ['com.example.lvyou', 'travel_services'],
    ['com.example.jiudian', 'hotel_services'],
    ['com.example.zhaopin', 'job_recruitment'],
    ['com.example.xuexi', 'learning_education'],
    ['com.example.fanyi', 'utility_tools'],
    ['com.example.wangpan', 'email_cloud_storage'],
    ['com.example.zhibo', 'live_streaming'],
    ['com.example.mjtianqi', 'utility_tools'],
  ])('%s → %s (pinyin)', (name, category) => {
    expect(guess(name).categoryId).toBe(category);
  });

  it.each([
    ['地图', 'map_navigation'],
    ['导航助手', 'map_navigation'],
    ['快速打车', 'ride_hailing'],
    ['支付助手', 'online_payment'],
    ['某某银行', 'mobile_banking'],
    ['品牌商城', 'online_shopping'],
    ['每日新闻', 'news'],
    ['好看视频', 'online_audio_video'],
    ['随心音乐', 'online_audio_video'],
    ['消除游戏', 'online_games'],
    ['免费小说', 'ebooks'],
    ['美颜相机', 'photo_beautify'],
    ['拼音输入法', 'input_method'],
    ['精准天气', 'utility_tools'],
    ['极速浏览器', 'browser'],
    ['ES文件浏览器', 'utility_tools'],
  ])('label %s → %s (zh phrases)', (label, category) => {
    const result = guess('com.example.app', label);
    expect(result.categoryId).toBe(category);
    expect(result.reason.evidence.join(' ')).toContain('label');
  });

  it('reads Latin labels word by word', () => {
    expect(guess('com.example.app', 'Super Weather Radar').categoryId).toBe('utility_tools');
    expect(guess('com.example.app', 'Cozy Keyboard').categoryId).toBe('input_method');
  });

  it('combines hits by noisy-OR and caps the confidence below a capability', () => {
    const one = guess('com.example.map');
    const two = guess('com.example.map.navi', '地图导航');
    expect(one.confidence).toBe(0.55);
    expect(two.confidence).toBe(CONFIDENCE.tokenMax);
    expect(two.confidence).toBeLessThan(CONFIDENCE.capability);
  });

  it('lets a partial word count for less and ignores words too weak to decide', () => {
    expect(guess('com.example.mjweather').confidence).toBe(0.52);
    expect(guess('com.example.cloud').categoryId).toBe('unclassified');
  });

  it('does not find words inside unrelated ones', () => {
    expect(guess('com.facebook.katana').categoryId).toBe('unclassified');
    expect(guess('com.sankuai.meituan').categoryId).toBe('unclassified');
    expect(guess('com.example.shipping').categoryId).not.toBe('online_audio_video');
    expect(guess('com.example.delivery').categoryId).not.toBe('live_streaming');
  });

  it('names the runner-up in the evidence', () => {
    const result = guess('com.example.newsvideo');
    expect(result.categoryId).toBe('news');
    expect(result.reason.evidence).toContain('runner-up: online_audio_video 0.36');
  });
});
