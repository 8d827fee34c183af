// The web wallboard: paints each snapshot of /wallboard/stream (Server-Sent Events, one a second).
// The server decides every colour (levels OK, WARN, ALARM); this only draws. Text goes in through
// textContent, never as markup, so no queue or agent name can become HTML. The browser's
// EventSource reconnects by itself; a refused stream (the cookie is gone) asks to sign in again.
'use strict';

(function () {
  const STATES = [
    ['READY', 'Ready'], ['RESERVED', 'Ringing'], ['ON_CALL', 'On call'], ['WRAP_UP', 'Wrap-up'],
    ['NOT_READY', 'Not ready'], ['LOGGED_OUT', 'Logged out']
  ];
  const LEVEL_CLASS = { OK: 'ok', WARN: 'warn', ALARM: 'alarm' };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function clock(ms) {
    const seconds = Math.floor(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
    return (h > 0 ? h + ':' : '') + mm + ':' + String(s).padStart(2, '0');
  }

  function percent(ratio) {
    return ratio === null || ratio === undefined ? '–' : (ratio * 100).toFixed(1) + '%';
  }

  function figure(label, value, valueClass, sub, big) {
    const node = el('div', 'figure' + (big ? ' big' : ''));
    node.appendChild(el('span', 'label', label));
    node.appendChild(el('span', 'value ' + valueClass, value));
    if (sub) {
      node.appendChild(el('span', 'sub', sub));
    }
    return node;
  }

  function worst(levels) {
    return levels.includes('ALARM') ? 'alarm' : levels.includes('WARN') ? 'warn' : 'ok';
  }

  function queueCard(queue) {
    const card = el('article', 'queue ' + worst([queue.longestWaitLevel, queue.waitingLevel,
      queue.serviceLevelLevel, queue.abandonRateLevel]));
    card.dataset.queue = queue.id;
    card.appendChild(el('h2', null, queue.id));
    const figures = el('div', 'figures');
    figures.appendChild(figure('Waiting', String(queue.waiting), 'waiting ' + LEVEL_CLASS[queue.waitingLevel],
      queue.agentsReady + ' of ' + queue.agentsLoggedIn + ' agents ready', true));
    figures.appendChild(figure('Longest wait', clock(queue.longestWaitMs),
      'longest-wait ' + LEVEL_CLASS[queue.longestWaitLevel], null, true));
    figures.appendChild(figure('Answered today', String(queue.answeredToday), 'answered ok',
      'of ' + queue.offeredToday + ' offered', true));
    const slClass = queue.serviceLevelToday === null ? 'ok' : queue.serviceLevelLevel === 'OK' ? 'good'
      : LEVEL_CLASS[queue.serviceLevelLevel];
    figures.appendChild(figure('Service level today', percent(queue.serviceLevelToday), 'service-level ' + slClass,
      'target ' + percent(queue.serviceLevelTarget)));
    figures.appendChild(figure('Abandoned today', percent(queue.abandonRateToday),
      'abandon-rate ' + LEVEL_CLASS[queue.abandonRateLevel], queue.abandonedToday + ' calls'));
    card.appendChild(figures);
    return card;
  }

  function stateTile(state, label, count) {
    const tile = el('div', 'state ' + state);
    tile.dataset.state = state;
    tile.appendChild(el('span', 'label', label));
    tile.appendChild(el('span', 'value', String(count)));
    return tile;
  }

  function agentCard(agent) {
    const card = el('div', 'agent ' + agent.state + (agent.reason === 'RONA' ? ' rona' : ''));
    card.dataset.agent = agent.id;
    card.appendChild(el('span', 'name', agent.name || agent.id));
    const label = STATES.find(([state]) => state === agent.state);
    const line = (label ? label[1] : agent.state) + (agent.reason ? ' (' + agent.reason + ')' : '') + ' · '
      + clock(agent.inStateMs);
    card.appendChild(el('span', 'state-line', line));
    return card;
  }

  function render(board) {
    document.getElementById('queues').replaceChildren(...board.queues.map(queueCard));
    document.getElementById('states').replaceChildren(...STATES.map(([state, label]) =>
      stateTile(state, label, board.agentsByState[state] || 0)));
    document.getElementById('agents').replaceChildren(...board.agents.map(agentCard));
    const waiting = board.queues.reduce((sum, queue) => sum + queue.waiting, 0);
    const longest = board.queues.reduce((most, queue) => Math.max(most, queue.longestWaitMs), 0);
    const longestLevel = worst(board.queues.map((queue) => queue.longestWaitLevel));
    const ready = board.agentsByState.READY || 0;
    const loggedIn = board.agents.filter((agent) => agent.state !== 'LOGGED_OUT').length;
    document.getElementById('total-waiting').textContent = String(waiting);
    const longestNode = document.getElementById('total-longest');
    longestNode.textContent = clock(longest);
    longestNode.className = 'value ' + longestLevel;
    document.getElementById('total-ready').textContent = ready + ' / ' + loggedIn;
    document.getElementById('clock').textContent = new Date(board.atMs).toLocaleTimeString();
    const limits = board.thresholds;
    document.getElementById('legend').textContent = 'Service level: answered within '
      + Math.round(board.serviceLevelThresholdMs / 1000) + ' s / answered, since midnight; yellow up to '
      + Math.round(limits.serviceLevelWarnBand * 100) + ' points under the target. Longest wait: yellow from '
      + clock(limits.longestWaitWarnMs) + ', red from ' + clock(limits.longestWaitAlarmMs)
      + '. Abandoned: not short, of offered; yellow from ' + percent(limits.abandonRateWarn) + ', red from '
      + percent(limits.abandonRateAlarm) + '. Updated every second.';
  }

  function status(className, text) {
    const node = document.getElementById('status');
    node.className = 'status ' + className;
    node.textContent = text;
  }

  const stream = new EventSource('/wallboard/stream');
  stream.addEventListener('snapshot', (event) => {
    render(JSON.parse(event.data));
    status('live', 'live');
  });
  stream.addEventListener('error', () => {
    if (stream.readyState === EventSource.CLOSED) {
      status('lost', 'signed out: open /wallboard?token=… again');
    } else {
      status('connecting', 'reconnecting');
    }
  });
}());
