/*
 * Haven storefront: one small script for every page, no framework (members are on phones on slow
 * networks). The server renders each page in Chinese with its data filled in; this script switches
 * the language in place (texts come with the page, the choice stays in localStorage) and talks JSON
 * to /store/{appId}/api/. Errors come back as problem+json; each is shown under its field, in the
 * member's language, by its message code.
 */
(function () {
  'use strict';

  var LANG_KEY = 'haven.storefront.lang';
  var DEFAULT_LANG = 'zh-CN';
  var boot = JSON.parse(document.getElementById('boot').textContent);
  var texts = boot.texts;
  var page = boot.page || {};
  var lang = storedLanguage();

  function storedLanguage() {
    try {
      var chosen = window.localStorage.getItem(LANG_KEY);
      return texts[chosen] ? chosen : DEFAULT_LANG;
    } catch (e) {
      return DEFAULT_LANG; // storage blocked (private mode): Chinese, as the server rendered
    }
  }

  function t(key, fallback) {
    var text = texts[lang][key];
    if (text == null) {
      text = texts[DEFAULT_LANG][key];
    }
    return text != null ? text : fallback || key;
  }

  function each(selector, action, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), action);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    each('[data-t]', function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    each('[data-t-placeholder]', function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-t-placeholder')));
    });
    each('[data-t-aria-label]', function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-t-aria-label')));
    });
    each('[data-code]', function (el) {
      el.textContent = t(el.getAttribute('data-code'), el.getAttribute('data-fallback'));
    });
  }

  document.addEventListener('click', function (event) {
    if (!event.target.closest('[data-lang-toggle]')) {
      return;
    }
    lang = lang === 'en' ? DEFAULT_LANG : 'en';
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch (e) {
      // not remembered, still switched for this page
    }
    applyLanguage();
  });

  // ---- JSON endpoints ----

  /** Resolves to {ok, status, data} or {ok: false, status, problem}; never rejects. */
  function call(method, path, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': lang }
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(page.api + path, init).then(
      function (response) {
        var read = response.status === 204 ? Promise.resolve(null) : response.json().catch(function () { return null; });
        return read.then(function (data) {
          if (response.ok) {
            return { ok: true, status: response.status, data: data };
          }
          return { ok: false, status: response.status, problem: data || { code: 'error.detail' } };
        });
      },
      function () {
        return { ok: false, status: 0, problem: { code: 'error.network' } };
      }
    );
  }

  // ---- forms and their messages ----

  function say(el, code, fallback) {
    el.setAttribute('data-code', code || 'error.detail');
    el.setAttribute('data-fallback', fallback || '');
    el.textContent = t(code, fallback);
    el.hidden = false;
  }

  function clearErrors(form) {
    each('[data-error-for]', function (el) {
      el.hidden = true;
      el.removeAttribute('data-code');
      el.textContent = '';
    }, form);
    each('[aria-invalid]', function (el) {
      el.removeAttribute('aria-invalid');
    }, form);
  }

  function errorSlot(form, field) {
    var slots = form.querySelectorAll('[data-error-for]');
    for (var i = 0; i < slots.length; i++) {
      if (slots[i].getAttribute('data-error-for') === field) {
        return slots[i];
      }
    }
    return null;
  }

  function showProblem(form, problem) {
    var focused = false;
    (problem.errors || []).forEach(function (error) {
      var slot = errorSlot(form, error.field);
      var input = form.elements[error.field];
      if (!slot || !input) {
        return;
      }
      say(slot, error.code, error.message);
      input.setAttribute('aria-invalid', 'true');
      if (!focused) {
        input.focus();
        focused = true;
      }
    });
    if (!focused) {
      say(errorSlot(form, ''), problem.code, problem.detail);
    }
  }

  /** Submit buttons start disabled: a form sent before this script ran would bypass the JSON API. */
  function onSubmit(form, send) {
    form.querySelector('[type=submit]').disabled = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') {
        return;
      }
      clearErrors(form);
      var button = form.querySelector('[type=submit]');
      form.setAttribute('aria-busy', 'true');
      button.disabled = true;
      button.classList.add('is-busy');
      send(form.elements).then(function (done) {
        if (!done) {
          form.removeAttribute('aria-busy');
          button.disabled = false;
          button.classList.remove('is-busy');
        }
      });
    });
    each('input', function (input) {
      input.addEventListener('input', function () {
        var slot = errorSlot(form, input.name);
        input.removeAttribute('aria-invalid');
        if (slot) {
          slot.hidden = true;
        }
      });
    }, form);
  }

  /** The page to go to after signing in: only our own pages, never a URL from the link. */
  function afterSignIn() {
    var next = new URLSearchParams(window.location.search).get('next');
    return page.home + (['profile', 'level', 'tasks', 'invite'].indexOf(next) >= 0 || /^mall(\/(goods|redemptions)\/\d{1,19}|\/redemptions|\/points)?$/.test(next || '') ? next : '');
  }

  function signedIn(form, answer) {
    if (answer.ok) {
      window.location.assign(afterSignIn());
      return true;
    }
    showProblem(form, answer.problem);
    return false;
  }

  // ---- pages ----

  var pages = {
    'sign-in': function () {
      var form = document.querySelector('[data-form="sign-in"]');
      onSubmit(form, function (fields) {
        return call('POST', 'session', { phone: fields.phone.value, password: fields.password.value }).then(
          function (answer) { return signedIn(form, answer); });
      });
    },

    'sign-up': function () {
      var form = document.querySelector('[data-form="sign-up"]');
      onSubmit(form, function (fields) {
        var body = { phone: fields.phone.value, password: fields.password.value, nickname: fields.nickname.value };
        // came through a member's invitation link ("邀请好友"): that member is credited once we exist
        var inviter = new URLSearchParams(window.location.search).get('inviter');
        if (inviter && /^\d{1,18}$/.test(inviter)) {
          body.inviter = Number(inviter);
        }
        return call('POST', 'members', body).then(function (answer) { return signedIn(form, answer); });
      });
    },

    profile: function () {
      var form = document.querySelector('[data-form="profile"]');
      var today = new Date();
      form.elements.birthday.max = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
      onSubmit(form, function (fields) {
        var body = { nickname: fields.nickname.value, birthday: fields.birthday.value };
        return call('PUT', 'me', body).then(function (answer) {
          if (!answer.ok) {
            if (answer.status === 401) {
              window.location.assign(page.home + 'sign-in?next=profile');
              return true;
            }
            showProblem(form, answer.problem);
            return false;
          }
          fields.nickname.value = answer.data.nickname;
          fields.birthday.value = answer.data.birthday || '';
          each('[data-nickname]', function (el) { el.textContent = answer.data.nickname; });
          each('[data-initial]', function (el) { el.textContent = Array.from(answer.data.nickname)[0]; });
          toast('profile.saved');
          return false;
        });
      });
    },

    tasks: function () {
      var list = document.querySelector('[data-task-list]');
      var form = document.querySelector('[data-form="receipt"]');
      var progress = form.querySelector('[data-receipt-progress]');
      var state = { member: page.tasks.member, tasks: page.tasks.tasks, submissions: page.submissions || [] };
      var receiptTask = null;
      var MAX_IMAGE = 2 * 1024 * 1024;
      // the server takes at most 10 MB per request; base64 makes images a third larger
      var MAX_TOTAL = 7 * 1024 * 1024;
      var templateHint = 'tasks.how.';
      var cyclePrefix = 'tasks.cycle.';
      var statusPrefix = 'tasks.status.';

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

      function coded(tag, className, code) {
        var node = el(tag, className);
        say(node, code);
        return node;
      }

      /** A time as the enterprise's clock shows it: its cycles start at its midnights, wherever the phone is. */
      function when(iso) {
        var d = new Date(iso);
        try {
          return new Intl.DateTimeFormat(lang, {
            timeZone: page.tasks.zone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
          }).format(d);
        } catch (e) {
          var pad = function (n) { return (n < 10 ? '0' : '') + n; };
          return (d.getMonth() + 1) + '/' + d.getDate() + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
        }
      }

      function format(key, values) {
        return t(key).replace(/\{(\w+)\}/g, function (m, name) { return values[name] != null ? values[name] : m; });
      }

      function button(task) {
        var b = el('button', 'btn btn--primary', task.buttonText);
        b.type = 'button';
        b.setAttribute('data-task-button', String(task.id));
        if (!state.member) {
          b.addEventListener('click', function () { window.location.assign(page.home + 'sign-in?next=tasks'); });
          return b;
        }
        if (task.template === 'UPLOAD_RECEIPT') {
          b.disabled = task.done + task.pending >= task.perCycle;
          b.addEventListener('click', function () { openReceipt(task); });
          return b;
        }
        b.disabled = !task.completable;
        b.addEventListener('click', function () { complete(task, b); });
        return b;
      }

      function card(task) {
        var item = el('article', 'card task');
        item.setAttribute('data-task', String(task.id));
        item.setAttribute('data-template', task.template);
        var icon;
        if (task.hasIcon) {
          icon = el('img', 'task__icon');
          icon.alt = '';
          icon.src = page.api + 'tasks/' + task.id + '/icon';
        } else {
          icon = el('span', 'task__icon task__icon--glyph', Array.from(task.title)[0]);
          icon.setAttribute('aria-hidden', 'true');
        }
        item.appendChild(icon);
        var body = el('div', 'task__body');
        body.appendChild(el('h3', 'task__title', task.title));
        if (task.description) {
          body.appendChild(el('p', 'task__desc', task.description));
        }
        var meta = el('p', 'task__meta');
        meta.appendChild(el('span', 'task__points', '+' + task.points + ' ' + t('tasks.points')));
        meta.appendChild(document.createTextNode(' · ' + format(cyclePrefix + task.cycleType, { n: task.cycleCount, max: task.perCycle })));
        if (state.member) {
          var progressText = el('span', null, ' · ' + format('tasks.progress', { done: task.done, max: task.perCycle }));
          progressText.setAttribute('data-progress', String(task.id));
          meta.appendChild(progressText);
          if (task.pending > 0) {
            meta.appendChild(document.createTextNode(' · ' + format('tasks.pending', { n: task.pending })));
          }
          if (task.done + task.pending >= task.perCycle) {
            meta.appendChild(document.createTextNode(' · ' + format('tasks.nextCycle', { at: when(task.nextCycleAt) })));
          }
        }
        body.appendChild(meta);
        if (task.template === 'CONSECUTIVE_SIGN_IN') {
          var streak = el('p', 'task__streak', format('tasks.streak', { n: task.streak || 0 }));
          streak.setAttribute('data-streak', '');
          body.appendChild(streak);
          body.appendChild(el('p', 'hint', format('tasks.bonus', { b3: task.bonusDay3 || 0, b7: task.bonusDay7 || 0 })));
        }
        if (task.template === 'BIRTHDAY' && state.member && task.birthdayToday === false) {
          body.appendChild(coded('p', 'hint', 'tasks.birthday.notToday'));
        }
        if (task.hasQr) {
          var qr = el('img', 'task__qr');
          qr.alt = '';
          qr.src = page.api + 'tasks/' + task.id + '/qr';
          body.appendChild(qr);
        }
        if (task.contactMethod && (task.template === 'ADD_SERVICE_FRIEND' || task.template === 'JOIN_GROUP')) {
          body.appendChild(coded('p', 'hint', 'tasks.contact.' + task.contactMethod));
        }
        var how = texts[lang][templateHint + task.template];
        if (how) {
          body.appendChild(el('p', 'hint', how));
        }
        item.appendChild(body);
        var action = el('div', 'task__action');
        if (task.template === 'INVITE_MEMBER' && state.member) {
          // completed by friends signing up through the member's link: the button leads there
          var invite = el('a', 'btn btn--primary', task.buttonText || t('invite.title'));
          invite.href = page.home + 'invite';
          invite.setAttribute('data-invite', String(task.id));
          action.appendChild(invite);
        } else if (task.completable || task.template === 'UPLOAD_RECEIPT' || !state.member) {
          action.appendChild(button(task));
        } else if (task.template === 'BROWSE_NEW_PRODUCT' && task.pageLink) {
          // done for this cycle: the page can still be visited, it just earns nothing more
          var visit = el('a', 'btn btn--outline', t('tasks.visit'));
          visit.href = task.pageLink;
          action.appendChild(visit);
        } else if (['DAILY_SIGN_IN', 'CONSECUTIVE_SIGN_IN', 'BIRTHDAY', 'BROWSE_NEW_PRODUCT', 'HOLIDAY_GREETING', 'AD_VIEWING'].indexOf(task.template) >= 0) {
          var done = button(task);
          done.disabled = true;
          if (task.done >= task.perCycle) {
            done.textContent = t('tasks.done');
          }
          action.appendChild(done);
        }
        item.appendChild(action);
        return item;
      }

      function render() {
        list.textContent = '';
        state.tasks.forEach(function (task) { list.appendChild(card(task)); });
        document.querySelector('[data-tasks-empty]').hidden = state.tasks.length > 0;
        var ul = document.querySelector('[data-submissions]');
        ul.textContent = '';
        state.submissions.forEach(function (s) {
          var li = el('li');
          li.setAttribute('data-submission', String(s.id));
          var left = el('span', null, s.taskTitle + ' · ' + when(s.submittedAt));
          if (s.reason) {
            left.appendChild(el('span', 'submission__reason', s.reason));
          }
          li.appendChild(left);
          var tag = coded('span', 'submission__status submission__status--' + s.status, statusPrefix + s.status);
          tag.setAttribute('data-status', s.status);
          li.appendChild(tag);
          ul.appendChild(li);
        });
        var empty = document.querySelector('[data-submissions-empty]');
        if (empty) {
          empty.hidden = state.submissions.length > 0;
        }
      }

      function reload() {
        return Promise.all([call('GET', 'tasks'), state.member ? call('GET', 'tasks/submissions') : Promise.resolve(null)]).then(function (answers) {
          if (answers[0].ok) {
            state.tasks = answers[0].data.tasks;
            if (answers[0].data.member) {
              showBalance(answers[0].data.balance);
            }
          }
          if (answers[1] && answers[1].ok) {
            state.submissions = answers[1].data;
          }
          render();
        });
      }

      function showBalance(balance) {
        var b = document.querySelector('[data-balance]');
        if (b) {
          b.textContent = String(balance);
        }
      }

      function complete(task, b) {
        b.disabled = true;
        b.classList.add('is-busy');
        // a browse task counts once the member opens the page: complete, then go there
        var link = task.template === 'BROWSE_NEW_PRODUCT' ? task.pageLink : null;
        call('POST', 'tasks/' + task.id + '/completions', {}).then(function (answer) {
          b.classList.remove('is-busy');
          if (answer.ok) {
            showBalance(answer.data.balance);
            toastText(format('tasks.earned', { n: answer.data.points }));
            if (link) {
              window.location.assign(link);
              return;
            }
            reload();
          } else if (answer.status === 401) {
            window.location.assign(page.home + 'sign-in?next=tasks');
          } else {
            toast(answer.problem.code || 'error.detail');
            reload();
          }
        });
      }

      function openReceipt(task) {
        receiptTask = task;
        clearErrors(form);
        form.hidden = false;
        form.elements.images.value = '';
        form.querySelector('[data-receipt-title]').textContent = task.title;
        form.querySelector('[data-receipt-label]').textContent = task.fieldName || t('tasks.receipt.images');
        form.querySelector('[data-receipt-hint]').textContent = format('tasks.receipt.hint', { n: task.imageCount || 1 });
        form.scrollIntoView({ behavior: 'smooth' });
      }

      form.querySelector('[data-receipt-cancel]').addEventListener('click', function () {
        form.hidden = true;
        receiptTask = null;
      });

      function readAll(files) {
        return Promise.all(Array.prototype.map.call(files, function (file) {
          return new Promise(function (resolve, reject) {
            var reader = new FileReader();
            reader.onload = function () { resolve(reader.result); };
            reader.onerror = function () { reject(reader.error); };
            reader.readAsDataURL(file);
          });
        }));
      }

      /** XMLHttpRequest rather than fetch: it reports upload progress, which a phone on a slow network needs. */
      function upload(task, images) {
        return new Promise(function (resolve) {
          var xhr = new XMLHttpRequest();
          xhr.open('POST', page.api + 'tasks/' + task.id + '/receipts');
          xhr.setRequestHeader('Content-Type', 'application/json');
          xhr.setRequestHeader('Accept', 'application/json');
          xhr.setRequestHeader('Accept-Language', lang);
          xhr.upload.onprogress = function (e) {
            if (e.lengthComputable) {
              progress.value = Math.round(e.loaded * 100 / e.total);
            }
          };
          xhr.onload = function () {
            var data = null;
            try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
            resolve(xhr.status >= 200 && xhr.status < 300
              ? { ok: true, status: xhr.status, data: data }
              : { ok: false, status: xhr.status, problem: data || { code: xhr.status === 413 ? 'tasks.receipt.tooLarge' : 'error.detail' } });
          };
          xhr.onerror = function () { resolve({ ok: false, status: 0, problem: { code: 'error.network' } }); };
          xhr.send(JSON.stringify({ images: images }));
        });
      }

      onSubmit(form, function (fields) {
        var files = fields.images.files;
        var task = receiptTask;
        var max = (task && task.imageCount) || 1;
        var problem = null;
        var total = 0;
        Array.prototype.forEach.call(files, function (f) {
          total += f.size;
          if (f.size > MAX_IMAGE) {
            problem = 'tasks.receipt.imageTooLarge';
          }
        });
        if (!files.length || files.length > max) {
          problem = 'tasks.receipt.count';
        } else if (!problem && total > MAX_TOTAL) {
          problem = 'tasks.receipt.tooLarge';
        }
        if (problem) {
          var slot = errorSlot(form, 'images');
          slot.textContent = format(problem, { n: max });
          slot.setAttribute('data-fallback', slot.textContent);
          slot.hidden = false;
          fields.images.setAttribute('aria-invalid', 'true');
          return Promise.resolve(false);
        }
        progress.hidden = false;
        progress.value = 0;
        return readAll(files).then(function (images) {
          return upload(task, images);
        }).then(function (answer) {
          progress.hidden = true;
          if (answer.ok) {
            form.hidden = true;
            toast('tasks.receipt.sent');
            reload();
            return false;
          }
          if (answer.status === 401) {
            window.location.assign(page.home + 'sign-in?next=tasks');
            return true;
          }
          showProblem(form, answer.problem);
          return false;
        }, function () {
          progress.hidden = true;
          say(errorSlot(form, 'images'), 'upload.image.unreadable');
          return false;
        });
      });

      render();
      if (state.member) {
        showBalance(page.tasks.balance);
      }
    },

    'own-login': function () {
      var token = new URLSearchParams(window.location.search).get('token');
      // the token must not stay in the address bar, the history or a bookmark
      window.history.replaceState(null, '', page.home + 'own-login');
      var working = document.querySelector('[data-state="working"]');
      var failed = document.querySelector('[data-state="failed"]');
      var retry = document.querySelector('[data-retry]');

      function fail(code, fallback, retryable) {
        working.hidden = true;
        failed.hidden = false;
        say(document.querySelector('[data-failure]'), code, fallback);
        retry.hidden = !retryable;
      }

      function attempt() {
        failed.hidden = true;
        working.hidden = false;
        if (!token) {
          fail('ownLogin.noToken');
          return;
        }
        call('POST', 'own-login', { token: token }).then(function (answer) {
          if (answer.ok) {
            window.location.replace(page.home);
          } else {
            fail(answer.problem.code, answer.problem.detail, answer.status === 503 || answer.status === 0);
          }
        });
      }

      retry.addEventListener('click', attempt);
      attempt();
    }
  };

  function toast(code) {
    var el = document.querySelector('[data-toast]');
    say(el, code);
    window.clearTimeout(toast.timer);
    toast.timer = window.setTimeout(function () { el.hidden = true; }, 2200);
  }

  /** A toast with a text already put together (numbers filled in). */
  function toastText(text) {
    var el = document.querySelector('[data-toast]');
    el.removeAttribute('data-code');
    el.textContent = text;
    el.hidden = false;
    window.clearTimeout(toast.timer);
    toast.timer = window.setTimeout(function () { el.hidden = true; }, 2200);
  }

  each('[data-reveal]', function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('aria-controls'));
      var shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      button.setAttribute('aria-pressed', String(!shown));
    });
  });

  each('[data-sign-out]', function (button) {
    button.addEventListener('click', function () {
      button.disabled = true;
      call('DELETE', 'session').then(function () {
        window.location.assign(page.home);
      });
    });
  });

  // "邀请好友": copy the link, list the invitations made with the points each earned.
  pages.invite = function () {
    var mine = page.invitations;
    var link = document.querySelector('[data-invite-link]');
    document.querySelector('[data-invite-copy]').addEventListener('click', function () {
      link.select();
      var copied = navigator.clipboard ? navigator.clipboard.writeText(link.value) : Promise.reject(new Error('no clipboard'));
      copied.then(function () { toast('invite.copied'); }, function () { document.execCommand('copy'); toast('invite.copied'); });
    });
    document.querySelector('[data-invite-summary]').textContent =
      t('invite.counts').replace('{n}', mine.count).replace('{points}', mine.pointsEarned);
    var ul = document.querySelector('[data-invitations]');
    mine.invitations.forEach(function (i) {
      var li = document.createElement('li');
      li.setAttribute('data-invitation', '');
      var who = document.createElement('span');
      who.textContent = i.nickname + ' · ' + new Date(i.invitedAt).toLocaleDateString(lang === 'en' ? 'en' : 'zh-CN');
      li.appendChild(who);
      var earned = document.createElement('span');
      earned.className = 'submission__status';
      earned.textContent = i.points > 0 ? '+' + i.points + ' ' + t('tasks.points') : t('invite.noPoints');
      li.appendChild(earned);
      ul.appendChild(li);
    });
    document.querySelector('[data-invitations-empty]').hidden = mine.invitations.length > 0;
  };

  // The pieces other page scripts (assets/mall.js) build on; they run after this one.
  window.HavenStorefront = {
    page: page,
    t: t,
    each: each,
    call: call,
    say: say,
    clearErrors: clearErrors,
    showProblem: showProblem,
    onSubmit: onSubmit,
    toast: toast,
    language: function () { return lang; }
  };

  if (lang !== DEFAULT_LANG) {
    applyLanguage(); // the server rendered Chinese
  }
  if (pages[page.name]) {
    pages[page.name]();
  }
})();
