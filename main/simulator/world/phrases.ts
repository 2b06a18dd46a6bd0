// Word pools for generated chat: realistic mixed Chinese and English.

export const NAME_PARTS_ZH = ['小明', '阿杰', '星河', '夜雨', '清风', '柚子', '橘猫', '老王', '团子', '木木', '小鹿', '咸鱼', '大白', '阿狸', '糖糖', '北辰', '落叶', '青柠', '芒果', '饭团'];
export const NAME_PARTS_EN = ['pixel', 'nova', 'ghost', 'lucky', 'frost', 'echo', 'blaze', 'mochi', 'raven', 'zen', 'kiwi', 'orbit', 'tango', 'cobalt', 'maple', 'sky', 'byte', 'luna', 'storm', 'atlas'];
export const NAME_SUFFIX = ['', '', '_', '2077', '99', '酱', 'x', 'Pro', '233', '_cn', 'TV', '01'];

export const LINES_ZH = [
  '今晚有人一起开黑吗？', '这个版本的平衡性改得不错', '刚下班，累死了', '有没有人知道怎么绑定手机号',
  '哈哈哈哈笑死我了', '新人报到，请多关照！', '周末活动几点开始？', '服务器好卡啊', '大佬带带我',
  '我觉得这个方案可行', '明天记得交作业', '晚安各位', '求推荐好用的机械键盘', '这个bug我也遇到了',
  '已经修好了，重启一下客户端', '谁有攻略链接', '今天的抽卡又歪了 😭', '管理员辛苦了', '欢迎新朋友！',
  '请不要在这里刷屏哦', '这个问题去问题反馈频道提吧', '我刚刚升到满级了', '有人看昨天的比赛吗', '周五晚上八点语音见',
  '这把输得太冤了，最后一波团没打好', '有人知道新地图的隐藏任务怎么触发吗？', '今天服务器维护到几点？', '我把配置文件发到置顶了，大家自取', '周六晚上的比赛报名截止了吗', '刚刚掉线了，是我网的问题还是服务器的问题', '这个角色的技能描述有点看不懂', '求组队，差一个辅助', '机器人又在刷屏了，管理看一下', '第一次来，这里好热闹啊', '昨晚的直播回放在哪里看', '新版本的UI我还挺喜欢的', '谁能帮我看下这个报错', '已经提交反馈了，等官方回复', '我也想加入管理团队', '频道规则请看 #规则 频道', '今天的日常任务做完了吗', '有没有一起学编程的', '这个表情包太好笑了', '记得开启两步验证，保护账号安全', '抽奖活动明天开奖，大家别忘了', '语音频道有点回音，谁没开降噪', '建议把公告频道设为只读', '晚上十点之后请小声一点～',
];
export const LINES_EN = [
  'anyone up for a match tonight?', 'gg everyone', 'just pushed the fix, please pull', 'has anyone tried the new update?',
  'lol that was close', 'welcome to the server!', 'what time is the event on saturday?', 'lag is terrible today',
  'can someone help me with the build script', 'brb', 'this is a great idea', 'good night folks', 'any keyboard recommendations?',
  'I can reproduce that bug too', 'restart the client, it works now', 'does anyone have the guide link?',
  'please keep memes in #memes', 'thanks mods!', 'new here, hi all 👋', 'the patch notes are out', 'who is streaming today?',
  'voice chat at 8pm?', 'that boss fight took me 2 hours', 'shipping the release tomorrow',
  'just hit diamond rank, finally', 'is the server down or is it just me?', 'who wants to test the new mod with me', 'the raid starts in 10 minutes, get ready', 'I made a fan art, posting it in #art', 'can we get a channel for trading?', 'my mic keeps cutting out in voice', 'the new patch broke my keybinds again', 'huge thanks to whoever organized the tournament', 'reminder: no spoilers outside the spoiler channel', 'anyone else getting a login error?', 'first time here, loving the vibe', 'pinned the FAQ, please read before asking', 'I think the drop rate was nerfed', 'does the bot support slash commands?', 'set up 2FA, there were phishing links going around', 'meet in voice after dinner?', 'the leaderboard reset today', 'please report spam to the mods', 'okay that clutch was insane', 'who broke the build this time 😅', 'giveaway winners are announced tomorrow',
];
/** What a member adds when they edit a message (the app marks the edit itself). */
export const EDIT_ADDITIONS = ['nvm, found it', 'fixed the link', 'see pinned', '已解决', '（补充：今晚八点）', '打错字了'];
export const LINKS = ['https://kookapp.cn', 'https://developer.kookapp.cn/doc', 'https://github.com/kaiheila/api-docs', 'https://example.com/patch-notes'];
export const CODE = ['npm run build', 'git pull --rebase', 'console.log("hello")', 'SELECT * FROM users;', 'kill -9 1234'];
export const EMOJIS = ['[#128077;]', '[#128514;]', '[#10084;]', '[#127881;]', '[#128064;]', '[#128557;]', '[#128293;]', '[#128170;]', '[#129300;]'];
export const TOPICS_ZH = ['闲聊灌水', '游戏讨论', '技术交流', '公告通知', '活动安排'];
export const TOPICS_EN = ['general chat', 'game talk', 'dev talk', 'announcements', 'events'];
