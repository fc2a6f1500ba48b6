import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, openNeed, must as mustOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

let platform: Platform;
let operator: string;
let university: { token: string; user: any };
let enterprise: { token: string; user: any };
let stranger: { token: string; user: any };

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  university = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  enterprise = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } });
  stranger = await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '330106' } });
}, 60_000);
afterAll(() => platform?.stop());

const tag = `M${Date.now()}`;
const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);

const listOne = (input: Record<string, unknown>) =>
  listAchievement(platform, university.token, operator, input);

const openOne = (input: Record<string, unknown>) => openNeed(platform, enterprise.token, operator, input);

const NEED_MATCHES = `query($id: ID!, $target: MatchTarget) { need(id: $id) { matching { status updatedAt candidates }
  matches(target: $target, first: 10) { totalCount edges { node { id score status reasons { kind detail weight }
  achievement { id title } expert { id name } } } } } }`;
const ACHIEVEMENT_MATCHES = `query($id: ID!) { achievement(id: $id) { matching { status }
  matches { totalCount edges { node { id score need { id title } } } } feedback { value count } } }`;

describe('matching needs with achievements and experts', () => {
  let achievementId: string;
  let otherId: string;
  let needId: string;
  let expertId: string;

  beforeAll(async () => {
    const expert = await must(
      `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
      {
        input: {
          name: `王建国${tag}`,
          fieldCodes: ['0301'],
          researchAreas: ['镁合金挤压', '轻合金成形'],
          bio: '从事高强度镁合金挤压成形工艺与汽车轻量化结构件研究。',
        },
      },
      university.token,
    );
    expertId = expert.createExpert.id;
    achievementId = await listOne({
      title: '高强度镁合金挤压成型工艺',
      summary: '一种提高镁合金型材强度的挤压成型方法，用于汽车轻量化结构件。',
      keywords: ['镁合金', '挤压', '汽车轻量化'],
      fieldCodes: ['0301'],
      maturity: 'PILOT',
      transferModes: ['TRANSFER', 'LICENSE'],
      askingPrice: '1200000',
      teamExpertIds: [expertId],
    });
    otherId = await listOne({
      title: '水稻抗倒伏栽培技术',
      summary: '一种水稻高产栽培方法。',
      fieldCodes: ['0801'],
      maturity: 'INDUSTRIALIZED',
      transferModes: ['LICENSE'],
    });
  }, 60_000);

  it('matches an opened need with the fitting achievement and expert within seconds, with reasons', async () => {
    needId = await openOne({
      title: '汽车轻量化镁合金结构件挤压技术',
      description: '需要高强度镁合金挤压成型技术，用于汽车底盘结构件减重。',
      keywords: ['镁合金', '挤压'],
      fieldCodes: ['0301'],
      budgetMin: '500000',
      budgetMax: '2000000',
      cooperationModes: ['TRANSFER'],
      minMaturity: 'PILOT',
    });
    let data: any;
    await waitFor(
      async () => {
        data = (await platform.gql(NEED_MATCHES, { id: needId }, enterprise.token)).data;
        return data?.need.matching.status === 'DONE' && data.need.matches.totalCount > 0;
      },
      15_000,
      'the need to be matched',
    );
    const nodes = data.need.matches.edges.map((e: any) => e.node);
    expect(nodes[0].achievement.id).toBe(achievementId);
    expect(nodes.map((n: any) => n.achievement.id)).not.toContain(otherId);
    const best = nodes[0];
    expect(best.score).toBeGreaterThan(0);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.reasons.map((r: any) => r.kind)).toEqual(
      expect.arrayContaining(['TEXT', 'FIELD', 'MATURITY', 'PRICE', 'MODE']),
    );
    expect(best.reasons.find((r: any) => r.kind === 'TEXT').detail).toMatch(/镁合金|挤压/);
    expect(data.need.matching.candidates).toBeGreaterThan(0);

    const experts = (await platform.gql(NEED_MATCHES, { id: needId, target: 'EXPERT' }, enterprise.token))
      .data;
    expect(experts?.need.matches.edges.map((e: any) => e.node.expert.id)).toContain(expertId);
  }, 30_000);

  it('tells each side once per run about its new strong matches (MATCH_FOUND), with the count', async () => {
    const all = [
      ...(await must(NEED_MATCHES, { id: needId }, enterprise.token)).need.matches.edges,
      ...(await must(NEED_MATCHES, { id: needId, target: 'EXPERT' }, enterprise.token)).need.matches.edges,
    ].map((e: any) => e.node);
    const strong = all.filter((n: any) => n.score >= 0.6).sort((x: any, y: any) => y.score - x.score);
    expect(strong.length).toBeGreaterThanOrEqual(2); // the fitting achievement and its expert
    const ids = new Set(all.map((n: any) => n.id));
    const found = async (token: string) =>
      (
        await must(`{ myNotifications(first: 100) { kind title subjectId } }`, {}, token)
      ).myNotifications.filter((n: any) => n.kind === 'MATCH_FOUND' && ids.has(n.subjectId));
    for (const side of [enterprise, university]) {
      let mine: any[] = [];
      await waitFor(async () => (mine = await found(side.token)).length > 0, 10_000, 'MATCH_FOUND');
      expect(mine).toEqual([
        { kind: 'MATCH_FOUND', title: `发现 ${strong.length} 个新的匹配`, subjectId: strong[0].id },
      ]);
    }
  }, 30_000);

  it('shows the match to the achievement’s owner, and to neither stranger nor anonymous visitor', async () => {
    let data: any;
    await waitFor(
      async () => {
        data = (await platform.gql(ACHIEVEMENT_MATCHES, { id: achievementId }, university.token)).data;
        return data?.achievement.matches.edges.some((e: any) => e.node.need.id === needId);
      },
      15_000,
      'the owner to see the match',
    );
    const strangers = await platform.gql(ACHIEVEMENT_MATCHES, { id: achievementId }, stranger.token);
    expect(strangers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await platform.gql(NEED_MATCHES, { id: needId });
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('offers a newly listed achievement to the open needs it could serve', async () => {
    const late = await listOne({
      title: '镁合金挤压模具寿命提升技术',
      summary: '延长镁合金挤压模具寿命的表面处理方法。',
      keywords: ['镁合金', '挤压模具'],
      fieldCodes: ['0301'],
      maturity: 'SMALL_BATCH',
      transferModes: ['TRANSFER'],
    });
    await waitFor(
      async () => {
        const data = (await platform.gql(NEED_MATCHES, { id: needId }, enterprise.token)).data;
        return data?.need.matches.edges.some((e: any) => e.node.achievement.id === late);
      },
      15_000,
      'the new achievement to reach the need',
    );
  }, 30_000);

  it('takes dismissals with a reason, from the need’s owner only, and counts them back to the seller', async () => {
    const data = (await platform.gql(NEED_MATCHES, { id: needId }, enterprise.token)).data;
    const match = data?.need.matches.edges.find((e: any) => e.node.achievement.id === achievementId).node;
    const MARK = `mutation($id: ID!, $status: MatchStatus!, $reason: DismissReason) { markMatch(id: $id, status: $status, reason: $reason) { status dismissReason } }`;
    const bySeller = await platform.gql(
      MARK,
      { id: match.id, status: 'DISMISSED', reason: 'PRICE' },
      university.token,
    );
    expect(bySeller.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await platform.gql(MARK, { id: match.id, status: 'DISMISSED' }, enterprise.token);
    expect(noReason.errors?.[0].extensions?.reason).toBe('REASON_REQUIRED');
    expect((await must(MARK, { id: match.id, status: 'VIEWED' }, enterprise.token)).markMatch).toEqual({
      status: 'VIEWED',
      dismissReason: null,
    });
    expect(
      (await must(MARK, { id: match.id, status: 'DISMISSED', reason: 'PRICE' }, enterprise.token)).markMatch,
    ).toEqual({
      status: 'DISMISSED',
      dismissReason: 'PRICE',
    });
    const seen = await must(ACHIEVEMENT_MATCHES, { id: achievementId }, university.token);
    expect(seen.achievement.feedback).toEqual([{ value: 'PRICE', count: 1 }]);
    // the dismissal survives a re-match of the need
    await must(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { status } }`,
      {
        id: needId,
        input: {
          title: '汽车轻量化镁合金结构件挤压技术',
          description: '需要高强度镁合金挤压成型技术。',
          fieldCodes: ['0301'],
          cooperationModes: ['TRANSFER'],
        },
      },
      enterprise.token,
    );
    await must(
      `mutation($id: ID!) { reviewNeed(id: $id, approve: true) { status } }`,
      { id: needId },
      operator,
    );
    await waitFor(
      async () =>
        (await platform.gql(NEED_MATCHES, { id: needId }, enterprise.token)).data?.need.matching.status ===
        'DONE',
      15_000,
      'the re-match',
    );
    const after = await must(
      `query($id: ID!) { match(id: $id) { status dismissReason } }`,
      { id: match.id },
      enterprise.token,
    );
    expect(after.match).toEqual({ status: 'DISMISSED', dismissReason: 'PRICE' });
  }, 40_000);

  it('lets an operator re-match everything, and nobody else', async () => {
    const byMember = await platform.gql(`mutation { rematchAll }`, {}, enterprise.token);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { rematchAll } = await must(`mutation { rematchAll }`, {}, operator);
    expect(rematchAll).toEqual(expect.any(String));
    await waitFor(
      async () =>
        (await platform.gql(NEED_MATCHES, { id: needId }, enterprise.token)).data?.need.matching.status ===
        'DONE',
      20_000,
      'the re-match of everything to reach the need',
    );
  }, 30_000);

  describe('docking', () => {
    const DOCK = `mutation($input: DockingInput!) { requestDocking(input: $input) { id status requester { id } target { id }
      achievement { id } need { id } match { id status } message } }`;
    const RESPOND = `mutation($id: ID!, $accept: Boolean!, $reply: String) { respondDocking(id: $id, accept: $accept, reply: $reply) { id status reply } }`;

    it('goes from a match to the other side, which alone answers it, with notifications both ways', async () => {
      const data = (await platform.gql(NEED_MATCHES, { id: needId, target: 'ACHIEVEMENT' }, enterprise.token))
        .data;
      const match = data?.need.matches.edges.find((e: any) => e.node.achievement.id !== achievementId)?.node;
      const docking = (
        await must(
          DOCK,
          { input: { matchId: match.id, message: '希望进一步了解技术细节' } },
          enterprise.token,
        )
      ).requestDocking;
      expect(docking).toMatchObject({
        status: 'REQUESTED',
        requester: { id: enterprise.user.organization.id },
        target: { id: university.user.organization.id },
        need: { id: needId },
        match: { id: match.id, status: 'DOCKING' },
      });
      const inbox = await must('{ myNotifications { kind subjectId } }', {}, university.token);
      expect(inbox.myNotifications).toEqual(
        expect.arrayContaining([{ kind: 'DOCKING_REQUESTED', subjectId: docking.id }]),
      );

      expect(
        (await platform.gql(RESPOND, { id: docking.id, accept: true }, enterprise.token)).errors?.[0]
          .extensions,
      ).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_TARGET',
      });
      expect(
        (await platform.gql(RESPOND, { id: docking.id, accept: true }, stranger.token)).errors?.[0].extensions
          ?.code,
      ).toBe('NOT_FOUND');
      const answered = (
        await must(RESPOND, { id: docking.id, accept: true, reply: '欢迎来访' }, university.token)
      ).respondDocking;
      expect(answered).toEqual({ id: docking.id, status: 'ACCEPTED', reply: '欢迎来访' });
      expect(
        (await platform.gql(RESPOND, { id: docking.id, accept: false }, university.token)).errors?.[0]
          .extensions?.code,
      ).toBe('CONFLICT');
      const back = await must('{ myNotifications { kind subjectId } }', {}, enterprise.token);
      expect(back.myNotifications).toEqual(
        expect.arrayContaining([{ kind: 'DOCKING_ANSWERED', subjectId: docking.id }]),
      );
      const mine = await must('{ myDockings { id status } }', {}, university.token);
      expect(mine.myDockings).toEqual(expect.arrayContaining([{ id: docking.id, status: 'ACCEPTED' }]));
      expect((await must('{ myDockings { id } }', {}, stranger.token)).myDockings).toEqual([]);
    });

    it('goes directly to an achievement’s owner or an expert’s organization, never to oneself', async () => {
      const direct = (
        await must(DOCK, { input: { achievementId: otherId, message: '询价' } }, stranger.token)
      ).requestDocking;
      expect(direct.target.id).toBe(university.user.organization.id);
      const own = await platform.gql(
        DOCK,
        { input: { achievementId: otherId, message: '自己' } },
        university.token,
      );
      expect(own.errors?.[0].extensions?.reason).toBe('OWN_ITEM');
      const toExpert = (await must(DOCK, { input: { expertId, message: '请专家指导' } }, enterprise.token))
        .requestDocking;
      expect(toExpert.target.id).toBe(university.user.organization.id);
      const empty = await platform.gql(DOCK, { input: { message: '无对象' } }, enterprise.token);
      expect(empty.errors?.[0].extensions?.reason).toBe('SUBJECT_REQUIRED');
    });

    it('takes a broker from a transfer institution, assigned by an operator', async () => {
      const broker = await registerMember(platform, {
        organization: { kind: 'TRANSFER_INSTITUTION', regionCode: '220104' },
      });
      const docking = (
        await must(DOCK, { input: { achievementId, message: '需要经纪人协助' } }, stranger.token)
      ).requestDocking;
      const ASSIGN = `mutation($id: ID!, $broker: ID!) { assignBroker(id: $id, brokerUserId: $broker) { id broker { id } } }`;
      expect(
        (await platform.gql(ASSIGN, { id: docking.id, broker: broker.user.id }, stranger.token)).errors?.[0]
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const notBroker = await platform.gql(ASSIGN, { id: docking.id, broker: enterprise.user.id }, operator);
      expect(notBroker.errors?.[0].extensions?.reason).toBe('NOT_A_BROKER');
      expect(
        (await must(ASSIGN, { id: docking.id, broker: broker.user.id }, operator)).assignBroker.broker,
      ).toEqual({ id: broker.user.id });
      expect((await must('{ myDockings { id } }', {}, broker.token)).myDockings).toEqual([
        { id: docking.id },
      ]);
    });
  });
});
