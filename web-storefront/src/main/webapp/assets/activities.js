/*
 * Haven storefront, activity pages (A1, A2): the play page in the activity's presentation and the
 * public fairness page. The outcome always comes from the server (one POST is one play, drawn
 * from the committed seed); the presentation only decides what the member sees while it arrives:
 * a card to scratch, a wheel or nine-grid that stops on the outcome, a box to open, or a short game
 * against the computer whose finish sends the play. Runs after storefront.js and builds on what it
 * shares (window.HavenStorefront).
 */
(function () {
  'use strict';

  var H = window.HavenStorefront;
  if (!H) {
    return;
  }
  var page = H.page;
  var t = H.t;
  var DEVICE_KEY = 'haven.storefront.device';
  var MILLION = 1000000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  /** The browser's device id, the same one the mall sends (per-device limits). */
  function deviceId() {
    var id;
    try {
      id = window.localStorage.getItem(DEVICE_KEY);
    } catch (e) {
      id = null;
    }
    if (!id || !/^[0-9a-f]{32}$/.test(id)) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
      try {
        window.localStorage.setItem(DEVICE_KEY, id);
      } catch (e) {
        // storage blocked: this page's id only
      }
    }
    return id;
  }

  function when(iso) {
    return new Date(iso).toLocaleString(H.language() === 'en' ? 'en' : 'zh-CN');
  }

  /** "12.5 %" → 125000 parts per million, exactly (the server's percentages have at most four decimals). */
  function ppmOf(percent) {
    var digits = percent.replace(/[^0-9.]/g, '').split('.');
    var fraction = ((digits[1] || '') + '0000').substring(0, 4);
    return parseInt(digits[0], 10) * 10000 + parseInt(fraction, 10);
  }

  // ---- the play page ----

  function activityPage() {
    var a = page.activity;
    var stage = document.querySelector('[data-stage]');
    var left = page.playsLeftToday;
    var playing = false;

    // the outcomes in the order of their number ranges: the prizes, then "no prize" (Odds)
    var outcomes = a.prizes.map(function (p) { return { name: p.name, ppm: ppmOf(p.percent), percent: p.percent }; });
    outcomes.push({ name: a.noPrizeText, ppm: ppmOf(a.noPrizePercent), percent: a.noPrizePercent, none: true });

    drawRules();
    drawLeft();
    drawPlays(page.plays || []);
    var closed = a.ended ? 'activity.ended' : a.status !== 'ONLINE' ? 'activity.abnormal' : null;
    if (closed) {
      var notice = document.querySelector('[data-closed]');
      notice.hidden = false;
      H.say(notice.querySelector('[data-closed-text]'), closed);
    }
    var canPlay = page.signedIn && !closed;

    function drawRules() {
      var cost = document.querySelector('[data-cost]');
      cost.textContent = a.pointsPerPlay > 0
        ? t('activity.cost').replace('{points}', a.pointsPerPlay).replace('{free}', a.freePlaysPerDay)
        : t('activity.free');
      document.querySelector('[data-window]').textContent = when(a.startsAt) + ' – ' + when(a.endsAt);
      document.querySelector('[data-rules]').textContent = a.rules || '';
      var odds = document.querySelector('[data-odds]');
      outcomes.forEach(function (o, i) {
        var li = el('li', o.none ? 'odds__none' : null);
        li.appendChild(el('span', null, o.name));
        var share = el('strong', null, o.percent);
        li.appendChild(share);
        if (!o.none && !a.prizes[i].available) {
          li.appendChild(el('span', 'odds__gone', t('activity.prizeGone')));
        }
        odds.appendChild(li);
      });
      document.querySelector('[data-commitment]').textContent = a.seedCommitment || '—';
      if (a.revealedSeed) {
        document.querySelector('[data-seed-row]').hidden = false;
        document.querySelector('[data-seed]').textContent = a.revealedSeed;
      }
    }

    function drawLeft() {
      var slot = document.querySelector('[data-left]');
      slot.textContent = left == null ? '' : left < 0 ? t('activity.unlimited') : t('activity.left').replace('{n}', left);
    }

    function drawPlays(plays) {
      var ul = document.querySelector('[data-plays]');
      ul.textContent = '';
      plays.forEach(function (p) {
        var li = el('li', 'play');
        li.setAttribute('data-play', p.id);
        li.appendChild(el('span', 'play__what', '#' + p.playNumber + ' · ' + (p.won ? p.prizeName : p.noPrizeText || t('activity.noPrize'))));
        li.appendChild(el('span', 'play__status', t('activity.status.' + p.status)));
        if (p.awardCode) {
          li.appendChild(el('code', 'play__code', p.awardCode));
        }
        if (p.trackingNumber) {
          li.appendChild(el('span', 'play__ship', p.courier + ' ' + p.trackingNumber));
        }
        if (p.status === 'AWAITING_ADDRESS' || p.status === 'AWAITING_SHIPMENT') {
          var edit = el('button', 'btn btn--outline btn--small', t(p.status === 'AWAITING_ADDRESS' ? 'mall.address.save' : 'mall.address.edit'));
          edit.type = 'button';
          edit.setAttribute('data-address-for', p.id);
          edit.addEventListener('click', function () { openAddress(p); });
          li.appendChild(edit);
        }
        ul.appendChild(li);
      });
      document.querySelector('[data-plays-empty]').hidden = plays.length > 0;
    }

    function refreshPlays() {
      H.call('GET', 'activities/' + a.id + '/plays').then(function (answer) {
        if (answer.ok) {
          drawPlays(answer.data);
        }
      });
    }

    var addressForm = document.querySelector('[data-form="prize-address"]');
    var addressFor = null;
    H.onSubmit(addressForm, function (fields) {
      return H.call('PUT', 'activities/plays/' + addressFor + '/address', {
        recipient: fields.recipient.value, phone: fields.phone.value, address: fields.address.value
      }).then(function (answer) {
        if (!answer.ok) {
          H.showProblem(addressForm, answer.problem);
          return false;
        }
        addressForm.hidden = true;
        H.toast('mall.address.saved');
        refreshPlays();
        addressForm.removeAttribute('aria-busy');
        addressForm.querySelector('[type=submit]').disabled = false;
        addressForm.querySelector('[type=submit]').classList.remove('is-busy');
        return true;
      });
    });
    addressForm.querySelector('[data-address-cancel]').addEventListener('click', function () { addressForm.hidden = true; });

    function openAddress(p) {
      addressFor = p.id;
      H.clearErrors(addressForm);
      addressForm.elements.recipient.value = p.recipient || '';
      addressForm.elements.phone.value = p.recipientPhone || '';
      addressForm.elements.address.value = p.address || '';
      addressForm.hidden = false;
      addressForm.scrollIntoView({ behavior: 'smooth' });
    }

    /**
     * Plays once: resolves to the play (with the index of its outcome among {@code outcomes}) or
     * null after showing why not. Only one play at a time from this page.
     */
    function play() {
      if (playing) {
        return Promise.resolve(null);
      }
      playing = true;
      var error = document.querySelector('[data-play-error]');
      error.hidden = true;
      document.querySelector('[data-outcome]').hidden = true;
      return H.call('POST', 'activities/' + a.id + '/plays', { deviceId: deviceId() }).then(function (answer) {
        playing = false;
        if (!answer.ok) {
          H.say(error, answer.problem.code, answer.problem.detail);
          return null;
        }
        var p = answer.data;
        p.outcome = outcomes.length - 1;
        if (p.won) {
          for (var i = 0; i < a.prizes.length; i++) {
            if (a.prizes[i].name === p.prizeName) {
              p.outcome = i;
              break;
            }
          }
        }
        if (left != null && left > 0) {
          left--;
          drawLeft();
        }
        return p;
      });
    }

    function showOutcome(p) {
      var box = document.querySelector('[data-outcome]');
      box.hidden = false;
      box.classList.toggle('outcome--won', p.won);
      document.querySelector('[data-outcome-title]').textContent = p.won ? t('activity.won').replace('{prize}', p.prizeName) : p.noPrizeText;
      var text = '';
      if (p.awardCode) {
        text = t('mall.award.cdk') + ': ' + p.awardCode;
      } else if (p.awardPoints != null) {
        text = t('activity.wonPoints').replace('{n}', p.awardPoints);
      } else if (p.status === 'AWAITING_ADDRESS') {
        text = t('mall.address.hint');
      } else if (p.status === 'AWAITING_PAYOUT') {
        text = t('activity.status.AWAITING_PAYOUT');
      }
      document.querySelector('[data-outcome-text]').textContent = text;
      var link = document.querySelector('[data-outcome-link]');
      link.hidden = !p.awardLink;
      if (p.awardLink && /^https?:\/\//.test(p.awardLink)) {
        link.href = p.awardLink;
      }
      refreshPlays();
      if (p.status === 'AWAITING_ADDRESS') {
        openAddress(p);
      }
    }

    function button(label, onClick) {
      var b = el('button', 'btn btn--primary btn--block', t(label));
      b.type = 'button';
      b.setAttribute('data-play-button', '');
      b.disabled = !canPlay;
      b.addEventListener('click', onClick);
      return b;
    }

    // ---- presentations ----

    var presentations = {
      // scratch to reveal: the play is sent at the first touch; the card shows its outcome under the foil
      SCRATCH_CARD: function (root, enabled) {
        var card = el('div', 'scratch');
        var under = el('div', 'scratch__under', t('activity.scratch.hint'));
        var foil = el('canvas', 'scratch__foil');
        foil.width = 300;
        foil.height = 150;
        card.appendChild(under);
        card.appendChild(foil);
        root.appendChild(card);
        var ctx = foil.getContext('2d');
        ctx.fillStyle = '#b8b8c0';
        ctx.fillRect(0, 0, 300, 150);
        ctx.fillStyle = '#fff';
        ctx.font = '20px sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(t('activity.scratch'), 150, 82);
        var result = null;
        var started = false;
        var scratched = 0;
        function scratch(event) {
          if (!enabled || !result) {
            return;
          }
          var r = foil.getBoundingClientRect();
          var x = (event.clientX - r.left) * 300 / r.width;
          var y = (event.clientY - r.top) * 150 / r.height;
          ctx.globalCompositeOperation = 'destination-out';
          ctx.beginPath();
          ctx.arc(x, y, 18, 0, Math.PI * 2);
          ctx.fill();
          if (++scratched > 25) {
            foil.hidden = true;
            showOutcome(result);
          }
        }
        foil.addEventListener('pointerdown', function () {
          if (!enabled || started) {
            return;
          }
          started = true;
          play().then(function (p) {
            if (!p) {
              started = false;
              return;
            }
            result = p;
            under.textContent = p.won ? p.prizeName : p.noPrizeText;
            under.classList.toggle('scratch__under--won', p.won);
          });
        });
        foil.addEventListener('pointermove', function (event) {
          if (event.buttons || event.pointerType === 'touch') {
            scratch(event);
          }
        });
        var again = button('activity.again', function () {
          foil.hidden = false;
          ctx.globalCompositeOperation = 'source-over';
          ctx.fillStyle = '#b8b8c0';
          ctx.fillRect(0, 0, 300, 150);
          under.textContent = t('activity.scratch.hint');
          result = null;
          started = false;
          scratched = 0;
        });
        root.appendChild(again);
      },

      // the wheel spins while the play is on its way and stops on the server's outcome
      LUCKY_WHEEL: function (root) {
        var wheel = el('div', 'wheel');
        var stops = [];
        var from = 0;
        var colours = ['#ffd166', '#ef476f', '#06d6a0', '#118ab2', '#f78c6b', '#8338ec'];
        var gradient = [];
        var slice = 360 / outcomes.length; // equal slices to look at; the odds are on the rules
        outcomes.forEach(function (o, i) {
          gradient.push(colours[i % colours.length] + ' ' + from + 'deg ' + (from + slice) + 'deg');
          stops.push(from + slice / 2);
          var label = el('span', 'wheel__label', o.name);
          label.style.transform = 'rotate(' + (from + slice / 2) + 'deg) translateY(-38%)';
          wheel.appendChild(label);
          from += slice;
        });
        wheel.style.background = 'conic-gradient(' + gradient.join(',') + ')';
        var holder = el('div', 'wheel-holder');
        holder.appendChild(wheel);
        holder.appendChild(el('div', 'wheel__pointer'));
        root.appendChild(holder);
        var turned = 0;
        root.appendChild(button('activity.spin', function () {
          wheel.classList.add('wheel--spinning');
          play().then(function (p) {
            wheel.classList.remove('wheel--spinning');
            if (!p) {
              return;
            }
            turned += 360 * 5 + (360 - stops[p.outcome]) - (turned % 360);
            wheel.style.transform = 'rotate(' + turned + 'deg)';
            window.setTimeout(function () { showOutcome(p); }, 3200);
          });
        }));
      },

      // eight cells around the button light up in turn and stop on the outcome's cell
      NINE_GRID: function (root) {
        var grid = el('div', 'grid9');
        var ring = [0, 1, 2, 5, 8, 7, 6, 3];
        var cells = [];
        for (var i = 0; i < 9; i++) {
          var cell = el('div', 'grid9__cell');
          cells.push(cell);
          grid.appendChild(cell);
        }
        ring.forEach(function (at, k) {
          cells[at].textContent = outcomes[k % outcomes.length].name;
          cells[at].setAttribute('data-outcome', k % outcomes.length);
        });
        var go = button('activity.draw', function () {
          var step = 0;
          var timer = window.setInterval(function () {
            ring.forEach(function (at) { cells[at].classList.remove('is-lit'); });
            cells[ring[step++ % 8]].classList.add('is-lit');
          }, 90);
          play().then(function (p) {
            if (!p) {
              window.clearInterval(timer);
              return;
            }
            var target = -1;
            for (var k = 0; k < 8; k++) {
              if (Number(cells[ring[k]].getAttribute('data-outcome')) === p.outcome) {
                target = k;
                break;
              }
            }
            var stopAt = step + 16 + ((target - step) % 8 + 8) % 8;
            window.clearInterval(timer);
            (function slow() {
              ring.forEach(function (at) { cells[at].classList.remove('is-lit'); });
              cells[ring[step % 8]].classList.add('is-lit');
              if (step >= stopAt || target < 0) {
                showOutcome(p);
                return;
              }
              step++;
              window.setTimeout(slow, 60 + Math.max(0, 16 - (stopAt - step)) * 12);
            })();
          });
        });
        cells[4].appendChild(go);
        root.appendChild(grid);
      },

      // three boxes: the one tapped shakes while the play is sent, then opens on the outcome
      BLIND_BOX: function (root, enabled) {
        var shelf = el('div', 'boxes');
        for (var i = 0; i < 3; i++) {
          var box = el('button', 'box', '?');
          box.type = 'button';
          box.disabled = !enabled;
          box.setAttribute('data-box', i);
          box.setAttribute('aria-label', t('activity.box.open'));
          box.addEventListener('click', function (event) {
            var chosen = event.currentTarget;
            chosen.classList.add('box--shaking');
            play().then(function (p) {
              chosen.classList.remove('box--shaking');
              if (!p) {
                return;
              }
              chosen.classList.add('box--open');
              chosen.textContent = p.won ? p.prizeName : '—';
              showOutcome(p);
              window.setTimeout(function () {
                chosen.classList.remove('box--open');
                chosen.textContent = '?';
              }, 4000);
            });
          });
          shelf.appendChild(box);
        }
        root.appendChild(el('p', 'hint', t('activity.box.hint')));
        root.appendChild(shelf);
      },

      // 欢乐叠叠乐: drop the sliding block on the tower; five blocks (or a miss) end the game and send the play
      STACKING_TOWER: function (root, enabled) {
        var tower = el('div', 'tower');
        var moving = el('div', 'tower__block tower__block--moving');
        tower.appendChild(moving);
        root.appendChild(tower);
        var width = 60;
        var base = 20;
        var height = 0;
        var pos = 0;
        var dir = 1;
        var timer = null;
        function start() {
          tower.querySelectorAll('.tower__block--placed').forEach(function (b) { b.remove(); });
          width = 60;
          base = 20;
          height = 0;
          moving.hidden = false;
          timer = window.setInterval(function () {
            pos += dir * 2;
            if (pos <= 0 || pos + width >= 100) {
              dir = -dir;
            }
            moving.style.left = pos + '%';
            moving.style.width = width + '%';
            moving.style.bottom = height * 12 + 'px';
          }, 30);
        }
        function drop() {
          if (!timer) {
            return;
          }
          var left = Math.max(pos, base);
          var right = Math.min(pos + width, base + width);
          var placed = el('div', 'tower__block tower__block--placed');
          if (right > left) {
            placed.style.left = left + '%';
            placed.style.width = right - left + '%';
            placed.style.bottom = height * 12 + 'px';
            tower.appendChild(placed);
            base = left;
            width = right - left;
            height++;
          }
          if (right <= left || height >= 5) {
            window.clearInterval(timer);
            timer = null;
            moving.hidden = true;
            play().then(function (p) { if (p) { showOutcome(p); } });
          }
        }
        tower.addEventListener('click', drop);
        root.appendChild(el('p', 'hint', t('activity.tower.hint')));
        root.appendChild(button('activity.startGame', function () {
          if (enabled && !timer) {
            start();
          }
        }));
      },

      // 疯狂消消乐: tap a group of three or more touching tiles of one colour to clear it; three clears finish the game
      MATCH_THREE: function (root, enabled) {
        var size = 6;
        var colours = ['#ef476f', '#ffd166', '#06d6a0', '#118ab2'];
        var board = el('div', 'match');
        var tiles = [];
        var cleared = 0;
        var running = false;
        function fill() {
          board.textContent = '';
          tiles = [];
          for (var i = 0; i < size * size; i++) {
            var tile = el('button', 'match__tile');
            tile.type = 'button';
            tile.setAttribute('data-i', i);
            tiles.push(Math.floor(Math.random() * colours.length));
            board.appendChild(tile);
          }
          paint();
        }
        function paint() {
          Array.prototype.forEach.call(board.children, function (tile, i) {
            tile.style.background = tiles[i] < 0 ? 'transparent' : colours[tiles[i]];
          });
        }
        function group(i) {
          var colour = tiles[i];
          var seen = {};
          var todo = [i];
          var found = [];
          while (todo.length) {
            var k = todo.pop();
            if (seen[k] || tiles[k] !== colour) {
              continue;
            }
            seen[k] = true;
            found.push(k);
            var r = Math.floor(k / size);
            var c = k % size;
            if (r > 0) { todo.push(k - size); }
            if (r < size - 1) { todo.push(k + size); }
            if (c > 0) { todo.push(k - 1); }
            if (c < size - 1) { todo.push(k + 1); }
          }
          return found;
        }
        board.addEventListener('click', function (event) {
          var tile = event.target.closest('[data-i]');
          if (!running || !tile || tiles[Number(tile.getAttribute('data-i'))] < 0) {
            return;
          }
          var found = group(Number(tile.getAttribute('data-i')));
          if (found.length < 3) {
            return;
          }
          found.forEach(function (k) { tiles[k] = Math.floor(Math.random() * colours.length); });
          paint();
          if (++cleared >= 3) {
            running = false;
            play().then(function (p) { if (p) { showOutcome(p); } });
          }
        });
        root.appendChild(el('p', 'hint', t('activity.match.hint')));
        root.appendChild(board);
        fill();
        root.appendChild(button('activity.startGame', function () {
          if (enabled && !running) {
            cleared = 0;
            running = true;
            fill();
          }
        }));
      },

      // 斗地主, short: three rounds against the computer, each a single card that must beat the one on the table
      CARD_GAME: function (root, enabled) {
        var ranks = ['3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K', 'A', '2'];
        var table = el('div', 'cards__table');
        var hand = el('div', 'cards__hand');
        var round = 0;
        var mine = [];
        function deal() {
          round = 0;
          mine = [];
          for (var i = 0; i < 5; i++) {
            mine.push(Math.floor(Math.random() * ranks.length));
          }
          mine.sort(function (x, y) { return x - y; });
          next();
        }
        function next() {
          var computer = Math.floor(Math.random() * 10);
          table.textContent = t('activity.cards.computer') + ' ' + ranks[computer];
          table.setAttribute('data-rank', computer);
          hand.textContent = '';
          mine.forEach(function (rank, i) {
            var card = el('button', 'card-face', ranks[rank]);
            card.type = 'button';
            card.addEventListener('click', function () {
              if (rank <= Number(table.getAttribute('data-rank'))) {
                H.toast('activity.cards.tooLow');
                return;
              }
              mine.splice(i, 1);
              if (++round >= 3 || mine.length === 0) {
                hand.textContent = '';
                table.textContent = t('activity.cards.done');
                play().then(function (p) { if (p) { showOutcome(p); } });
              } else {
                next();
              }
            });
            hand.appendChild(card);
          });
          var pass = el('button', 'btn btn--ghost btn--small', t('activity.cards.pass'));
          pass.type = 'button';
          pass.addEventListener('click', next);
          hand.appendChild(pass);
        }
        root.appendChild(el('p', 'hint', t('activity.cards.hint')));
        root.appendChild(table);
        root.appendChild(hand);
        root.appendChild(button('activity.startGame', function () {
          if (enabled) {
            deal();
          }
        }));
      },

      // nurture, treasure hunt and composite pages draw with one button for now (see the issue)
      DEFAULT: function (root) {
        root.appendChild(button('activity.draw', function () {
          play().then(function (p) { if (p) { showOutcome(p); } });
        }));
      }
    };
    (presentations[a.presentation] || presentations.DEFAULT)(stage, canPlay);
  }

  // ---- the fairness page: recompute in the browser, as FairDraw does on the server ----

  var ACCEPT_BELOW = (BigInt(1) << BigInt(64)) - ((BigInt(1) << BigInt(64)) % BigInt(MILLION));

  function hexBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) {
      out[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return out;
  }

  function hexOf(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function commitmentOf(seedHex) {
    return window.crypto.subtle.digest('SHA-256', hexBytes(seedHex)).then(hexOf);
  }

  /** The number FairDraw draws for one play: HMAC-SHA256 words below the bound, reduced mod a million. */
  function drawNumber(seedHex, activityId, memberId, playNumber) {
    var encoder = new TextEncoder();
    return window.crypto.subtle.importKey('raw', hexBytes(seedHex), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).then(function (key) {
      function round(k) {
        var message = activityId + '|' + memberId + '|' + playNumber + (k === 0 ? '' : '|' + k);
        return window.crypto.subtle.sign('HMAC', key, encoder.encode(message)).then(function (mac) {
          var view = new DataView(mac);
          for (var w = 0; w < 4; w++) {
            var candidate = view.getBigUint64(w * 8, false);
            if (candidate < ACCEPT_BELOW) {
              return Number(candidate % BigInt(MILLION));
            }
          }
          return round(k + 1);
        });
      }
      return round(0);
    });
  }

  function fairnessPage() {
    var a = page.activity;
    var verdict = document.querySelector('[data-verdict]');
    document.querySelector('[data-commitment]').textContent = a.seedCommitment || '—';
    document.querySelector('[data-seed]').textContent = a.revealedSeed || t('activity.seed.secret');
    document.querySelector('[data-command]').textContent =
      'java -cp haven-ejb.jar io.haven.activities.control.FairDraw ' + (a.revealedSeed || '<seed>') + ' ' + (a.seedCommitment || '<commitment>') + ' ' + a.id +
      ' ' + (page.memberId || '<memberId>') + ' <playNumber>';
    var form = document.querySelector('[data-form="verify"]');
    if (page.memberId) {
      form.elements.member.value = page.memberId;
    }
    if (!a.revealedSeed || !window.crypto || !window.crypto.subtle) {
      H.say(verdict, a.revealedSeed ? 'activity.verify.noCrypto' : 'activity.verify.notYet');
      return;
    }
    commitmentOf(a.revealedSeed).then(function (hash) {
      H.say(verdict, hash === a.seedCommitment ? 'activity.verify.committed' : 'activity.verify.broken');
    });
    var ul = document.querySelector('[data-verified]');
    (page.plays || []).forEach(function (p) {
      drawNumber(a.revealedSeed, a.id, page.memberId, p.playNumber).then(function (n) {
        var li = el('li', n === p.drawNumber ? 'play play--ok' : 'play play--bad');
        li.setAttribute('data-verified-play', p.playNumber);
        li.appendChild(el('span', null, '#' + p.playNumber + ' · ' + p.drawNumber + ' → ' + n));
        li.appendChild(el('span', 'play__status', t(n === p.drawNumber ? 'activity.verify.match' : 'activity.verify.mismatch')));
        ul.appendChild(li);
      });
    });
    var result = document.querySelector('[data-one-result]');
    form.querySelector('[type=submit]').disabled = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var member = form.elements.member.value.trim();
      var number = form.elements.play.value.trim();
      if (!/^\d{1,18}$/.test(member) || !/^\d{1,18}$/.test(number)) {
        H.say(result, 'activity.verify.badInput');
        return;
      }
      drawNumber(a.revealedSeed, a.id, member, number).then(function (n) {
        result.removeAttribute('data-code');
        result.hidden = false;
        result.textContent = t('activity.verify.number').replace('{n}', n);
      });
    });
  }

  function listPage() {
    var ul = document.querySelector('[data-activities]');
    page.activities.forEach(function (a) {
      var li = el('li', 'card');
      var link = el('a', 'activity-link');
      link.href = page.home + 'activities/' + a.id;
      link.setAttribute('data-activity', a.id);
      link.appendChild(el('strong', null, a.title));
      link.appendChild(el('span', 'hint', t('activity.until').replace('{when}', when(a.endsAt))));
      li.appendChild(link);
      ul.appendChild(li);
    });
    document.querySelector('[data-activities-empty]').hidden = page.activities.length > 0;
  }

  if (page.name === 'activities') {
    listPage();
  } else if (page.name === 'activity') {
    activityPage();
  } else if (page.name === 'activity-fairness') {
    fairnessPage();
  }
})();
