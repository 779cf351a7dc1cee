/*
 * Haven storefront, coupon pages (issue 14): a coupon's promotion page (claim, sign in first,
 * limits explained) and the member's coupons (valid / used / expired) with the code as text and as
 * a QR code to show at the counter. Runs after storefront.js and builds on window.HavenStorefront.
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

  /** The browser's device id, the one the mall and activities send (per-device limits). */
  function deviceId() {
    var id = null;
    try {
      id = window.localStorage.getItem(DEVICE_KEY);
      if (!id || !/^[0-9a-f]{32}$/.test(id)) {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        window.localStorage.setItem(DEVICE_KEY, id);
      }
    } catch (e) {
      id = null;
    }
    return id;
  }

  function yuan(fen) {
    return (fen / 100).toFixed(2);
  }

  function benefit(c) {
    if (c.type === 'AMOUNT_OFF') {
      return t('coupon.benefit.amountOff').replace('{0}', yuan(c.thresholdFen)).replace('{1}', yuan(c.amountFen));
    }
    if (c.type === 'DISCOUNT') {
      return t('coupon.benefit.discount').replace('{0}', String(c.discountPercent));
    }
    return t('coupon.benefit.exchange');
  }

  function day(iso) {
    return iso ? iso.substring(0, 10) : '';
  }

  function promotion() {
    var c = page.coupon;
    document.querySelector('[data-coupon-benefit]').textContent = benefit(c);
    document.querySelector('[data-coupon-validity]').textContent = c.validDays != null
      ? t('coupon.validity.days').replace('{0}', String(c.validDays))
      : t('coupon.validity.range').replace('{0}', day(c.validFrom)).replace('{1}', day(c.validUntil));
    var limits = [];
    if (c.perMemberLimit > 0) {
      limits.push(t('coupon.limit.member').replace('{0}', String(c.perMemberLimit)));
    }
    if (c.perDeviceLimit > 0) {
      limits.push(t('coupon.limit.device').replace('{0}', String(c.perDeviceLimit)));
    }
    document.querySelector('[data-coupon-limits]').textContent = limits.join(' · ');
    document.querySelector('[data-coupon-instructions]').textContent = c.instructions || '';
    var button = document.querySelector('[data-claim]');
    var error = document.querySelector('[data-claim-error]');
    if (!page.signedIn) {
      button.hidden = true;
      document.querySelector('[data-sign-in]').hidden = false;
      return;
    }
    if (!c.available) {
      button.disabled = true;
      H.say(error, 'coupon.claim.outOfStock');
    }
    button.addEventListener('click', function () {
      button.disabled = true;
      error.hidden = true;
      H.call('POST', 'coupons/' + c.id + '/claims', { deviceId: deviceId() }).then(function (answer) {
        button.disabled = false;
        if (!answer.ok) {
          H.say(error, answer.problem.code, answer.problem.detail);
          return;
        }
        document.querySelector('[data-claimed]').hidden = false;
      });
    });
  }

  function mine() {
    var state = 'VALID';
    function draw() {
      var ul = document.querySelector('[data-coupons]');
      ul.textContent = '';
      var shown = page.coupons.filter(function (c) { return c.state === state; });
      shown.forEach(function (c) {
        var li = el('li', 'card coupon-item coupon-item--' + c.state.toLowerCase());
        li.setAttribute('data-coupon', c.id);
        li.appendChild(el('h2', 'coupon__name', c.name));
        li.appendChild(el('p', 'coupon__benefit', benefit(c)));
        li.appendChild(el('p', 'muted', t('coupon.validity.until').replace('{0}', day(c.validUntil))));
        var code = el('p', 'coupon__code', c.code.replace(/(.{5})(?=.)/g, '$1 '));
        code.setAttribute('data-code-text', c.code);
        li.appendChild(code);
        if (c.state === 'VALID') {
          var qr = el('img', 'coupon__qr');
          qr.alt = t('coupon.qr');
          qr.width = 200;
          qr.height = 200;
          qr.loading = 'lazy';
          qr.src = page.api + 'coupons/mine/' + c.id + '/qr.png';
          li.appendChild(qr);
        }
        if (c.instructions) {
          li.appendChild(el('p', 'muted small', c.instructions));
        }
        ul.appendChild(li);
      });
      document.querySelector('[data-coupons-empty]').hidden = shown.length > 0;
    }
    H.each('[data-state-tab]', function (tab) {
      tab.addEventListener('click', function () {
        state = tab.getAttribute('data-state-tab');
        H.each('[data-state-tab]', function (other) {
          other.classList.toggle('tab--active', other === tab);
        });
        draw();
      });
    });
    draw();
  }

  if (page.name === 'coupon') {
    promotion();
  } else if (page.name === 'my-coupons') {
    mine();
  }
})();
