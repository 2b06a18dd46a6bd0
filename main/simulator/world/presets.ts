// The three presets of the issue: demo (a few living guilds), big (100k members and a
// 100k-message channel, all lazy), empty (one guild, one channel, bot + owner).
import type { PresetName } from '../core/world';
import { addBotToGuild, emptyState, newBot, newChannel, newGuild, type ChannelFlavor, type GuildSpec } from './build';
import { rngOf } from './prng';
import type { GuildRec, WorldState } from './state';

type ChannelLine = [name: string, type: 1 | 2, flavor?: ChannelFlavor, slowMode?: number];
interface DemoGuild extends GuildSpec {
  categories: [string, ChannelLine[]][];
}

const DEMO: DemoGuild[] = [
  {
    name: 'Kookdesk 中文社区', topic: '闲聊、游戏、技术，欢迎加入', members: 1800, userStart: 0, region: 'shanghai',
    categories: [
      ['公告区', [['公告', 1, 'readonly'], ['规则 rules', 1, 'readonly']]],
      ['聊天区', [['综合闲聊', 1, 'normal', 5000], ['游戏讨论', 1], ['表情包', 1], ['新人报到', 1]]],
      ['技术区', [['编程', 1], ['bot-测试', 1], ['问题反馈', 1]]],
      ['语音区', [['语音大厅', 2], ['开黑一号', 2], ['音乐台', 2]]],
      ['管理区', [['管理员频道', 1, 'private'], ['审核日志', 1, 'private']]],
    ],
  },
  {
    name: 'Indie Game Devs', topic: 'Share your games, ask for feedback', members: 900, userStart: 1500, region: 'hongkong',
    categories: [
      ['Info', [['announcements', 1, 'readonly'], ['rules', 1, 'readonly']]],
      ['Community', [['general', 1], ['showcase', 1], ['memes', 1, 'normal', 10000]]],
      ['Dev', [['programming', 1], ['art-and-audio', 1]]],
      ['Voice', [['Lounge', 2], ['Pair programming', 2]]],
      ['Staff', [['mod-chat', 1, 'private']]],
    ],
  },
  {
    name: '原神 & Genshin 交流', topic: '攻略 / 抽卡 / 组队', members: 1200, userStart: 2200, region: 'beijing',
    categories: [
      ['公告', [['公告 announcements', 1, 'readonly']]],
      ['交流', [['闲聊 chat', 1], ['抽卡晒图', 1, 'normal', 30000], ['攻略 guides', 1], ['组队 LFG', 1]]],
      ['语音', [['组队语音', 2], ['深渊挑战', 2]]],
    ],
  },
  {
    name: 'Small Study Group 学习小组', topic: '每天进步一点点', members: 220, userStart: 3300, region: 'chengdu',
    categories: [['学习', [['打卡 check-in', 1], ['问答 Q&A', 1], ['资源 resources', 1]]], ['自习室', [['自习室 Study room', 2]]]],
  },
];

function addCategories(s: WorldState, g: GuildRec, categories: [string, ChannelLine[]][]): void {
  for (const [categoryName, lines] of categories) {
    const parent = newChannel(s, g, { name: categoryName, type: 0 });
    for (const [name, type, flavor, slowMode] of lines) {
      const messages = type === 1 ? rngOf(s.seed, g.id, name).between(200, 600) : 0;
      const ch = newChannel(s, g, { name, type, parent, messages, stepMs: 900_000, ...(flavor ? { flavor } : {}), ...(slowMode ? { slowMode } : {}) });
      if (/新人|welcome/i.test(name)) g.welcome_channel_id = ch.id;
    }
  }
}

function demo(seed: number, epochMs: number): WorldState {
  const s = emptyState(seed, 'demo', epochMs, 3520);
  const bot = newBot(s, 'Kookdesk Bot');
  s.defaultBotId = bot.user.id;
  for (const spec of DEMO) {
    const g = newGuild(s, spec);
    addBotToGuild(s, g, bot.user);
    addCategories(s, g, spec.categories);
  }
  return s;
}

function big(seed: number, epochMs: number): WorldState {
  const s = emptyState(seed, 'big', epochMs, 100_000);
  const bot = newBot(s, 'Kookdesk Bot');
  s.defaultBotId = bot.user.id;
  const g = newGuild(s, { name: 'Big Guild 大型服务器', topic: '100k members', members: 100_000, userStart: 0, region: 'shanghai' });
  addBotToGuild(s, g, bot.user);
  const parent = newChannel(s, g, { name: 'Main', type: 0 });
  newChannel(s, g, { name: 'firehose', type: 1, parent, messages: 100_000, stepMs: 20_000 });
  newChannel(s, g, { name: 'general', type: 1, parent, messages: 300 });
  newChannel(s, g, { name: 'random', type: 1, parent, messages: 200 });
  newChannel(s, g, { name: 'Voice', type: 2, parent });
  return s;
}

function empty(seed: number, epochMs: number): WorldState {
  const s = emptyState(seed, 'empty', epochMs, 1);
  const bot = newBot(s, 'Kookdesk Bot');
  s.defaultBotId = bot.user.id;
  const g = newGuild(s, { name: 'Empty Guild', topic: '', members: 1, userStart: 0, region: 'shanghai' });
  addBotToGuild(s, g, bot.user);
  newChannel(s, g, { name: 'general', type: 1, messages: 0 });
  return s;
}

export function buildState(seed: number, preset: PresetName, epochMs: number): WorldState {
  if (preset === 'big') return big(seed, epochMs);
  if (preset === 'empty') return empty(seed, epochMs);
  return demo(seed, epochMs);
}
