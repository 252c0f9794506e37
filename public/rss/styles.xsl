<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed of Vigie as a readable French page when it is opened in a browser
  (feed readers ignore this file). XSLT 1.0, no extension functions, no script.
  Dates: RSS pubDate is in UTC; the page shows the calendar day in Brussels, like the site,
  so a story published at 00:30 in Brussels is not shown on the previous day.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:variable name="months-en" select="'JanFebMarAprMayJunJulAugSepOctNovDec'"/>

  <xsl:template match="/">
    <xsl:variable name="channel" select="/rss/channel"/>
    <xsl:variable name="self" select="$channel/atom:link[@rel='self']/@href"/>
    <html lang="fr-BE">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title>Flux RSS : <xsl:value-of select="$channel/title"/></title>
        <style>
          :root { color-scheme: light dark; --ink: #1b1b1b; --muted: #555; --paper: #fdfcf9; --rule: #d9d4c7; --accent: #8a1c1c; --link: #0b4f8a; --focus: #c75d00; --note: #f3efe4; }
          @media (prefers-color-scheme: dark) { :root { --ink: #ecebe7; --muted: #b7b3aa; --paper: #141414; --rule: #3a3833; --accent: #e07a6f; --link: #8cc4ff; --focus: #ffb066; --note: #23211d; } }
          * { box-sizing: border-box; }
          body { margin: 0; background: var(--paper); color: var(--ink); font: 1.125rem/1.6 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Noto Serif', 'DejaVu Serif', Georgia, serif; }
          a { color: var(--link); text-underline-offset: 0.15em; }
          :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
          .ui { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }
          header.site { border-bottom: 3px solid var(--ink); padding: 0.75rem 1rem; }
          header.site a { font: 800 1.9rem/1 Charter, 'Bitstream Charter', Georgia, serif; color: var(--ink); text-decoration: none; }
          main { max-width: 68ch; margin: 0 auto; padding: 1rem; }
          .about-feed { background: var(--note); border-left: 4px solid var(--accent); padding: 0.75rem 1rem; margin: 1rem 0; font-size: 0.95rem; line-height: 1.5; }
          .about-feed h2 { font-size: 1rem; margin: 0 0 0.35rem; }
          .about-feed p { margin: 0.35rem 0; }
          .about-feed code { display: block; margin: 0.35rem 0; padding: 0.4rem 0.6rem; border: 1px solid var(--rule); background: var(--paper); overflow-wrap: anywhere; font-size: 0.9rem; }
          h1 { font-size: clamp(1.75rem, 1.3rem + 2vw, 2.4rem); line-height: 1.2; margin: 0.5rem 0; }
          .channel-description { font-size: 1.15rem; margin: 0 0 0.5rem; }
          .channel-link { font-size: 0.95rem; margin: 0 0 1rem; }
          ol.items { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--ink); }
          .item { padding: 1rem 0; border-bottom: 1px solid var(--rule); }
          .item h3 { font-size: 1.25rem; line-height: 1.25; margin: 0 0 0.25rem; }
          .item h3 a { color: var(--ink); text-decoration: none; }
          .item h3 a:hover { text-decoration: underline; }
          .kicker { font-weight: 700; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); margin: 0.5rem 0 0; }
          .items-title { font-size: 0.95rem; font-weight: 800; text-transform: uppercase; letter-spacing: 0.08em; margin: 1.5rem 0 0; padding-bottom: 0.5rem; }
          .item .meta { font-size: 0.85rem; color: var(--muted); margin: 0.25rem 0; }
          .item .standfirst { margin: 0.25rem 0 0; font-size: 1rem; }
          .empty { font-style: italic; }
        </style>
      </head>
      <body>
        <header class="site ui">
          <a href="{$channel/link}">Vigie</a>
        </header>
        <main>
          <p class="kicker ui">Flux RSS</p>
          <h1><xsl:value-of select="$channel/title"/></h1>
          <p class="channel-description"><xsl:value-of select="$channel/description"/></p>
          <p class="channel-link ui"><a href="{$channel/link}">Voir cette page sur le site</a></p>
          <section class="about-feed ui" aria-labelledby="about-feed-title">
            <h2 id="about-feed-title">Qu’est-ce qu’un flux RSS ?</h2>
            <p>Un flux RSS permet de suivre les nouveaux articles sans revenir sur le site : votre lecteur de flux (une application ou une extension de navigateur) consulte cette adresse et vous signale chaque nouvelle publication.</p>
            <p>Pour vous abonner, copiez l’adresse ci-dessous et ajoutez-la dans votre lecteur de flux :</p>
            <code><xsl:value-of select="$self"/></code>
            <p>Cette page n’en est que l’aperçu ; les articles complets sont sur le site.</p>
          </section>
          <h2 class="items-title ui">Les articles du flux</h2>
          <xsl:choose>
            <xsl:when test="$channel/item">
              <ol class="items">
                <xsl:apply-templates select="$channel/item"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p class="empty">Aucun article dans ce flux pour le moment.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li class="item">
      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
      <p class="meta ui">
        <xsl:if test="pubDate">
          <xsl:text>Publié le </xsl:text>
          <xsl:call-template name="brussels-date">
            <xsl:with-param name="rfc822" select="pubDate"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="category">
          <xsl:text> · </xsl:text>
          <xsl:for-each select="category">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="."/>
          </xsl:for-each>
        </xsl:if>
      </p>
      <xsl:if test="description">
        <p class="standfirst"><xsl:value-of select="description"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!--
    `Sat, 07 Jan 2017 18:00:00 GMT` (UTC, as @astrojs/rss writes it) -> <time datetime="2017-01-06">6 janvier 2017</time>
    in Europe/Brussels: UTC+1, or UTC+2 from the last Sunday of March to the last Sunday of October at 01:00 UTC.
  -->
  <xsl:template name="brussels-date">
    <xsl:param name="rfc822"/>
    <xsl:variable name="rest" select="normalize-space(substring-after($rfc822, ','))"/>
    <xsl:variable name="d" select="number(substring-before($rest, ' '))"/>
    <xsl:variable name="after-day" select="substring-after($rest, ' ')"/>
    <xsl:variable name="m" select="string-length(substring-before($months-en, substring($after-day, 1, 3))) div 3 + 1"/>
    <xsl:variable name="after-month" select="substring-after($after-day, ' ')"/>
    <xsl:variable name="y" select="number(substring-before($after-month, ' '))"/>
    <xsl:variable name="hour" select="number(substring(substring-after($after-month, ' '), 1, 2))"/>
    <xsl:variable name="century-terms" select="$y + floor($y div 4) - floor($y div 100) + floor($y div 400)"/>
    <!-- Day of the week of the 31st (0 = Sunday), Sakamoto's method; March and October both have 31 days. -->
    <xsl:variable name="last-sunday-march" select="31 - (($century-terms + 2 + 31) mod 7)"/>
    <xsl:variable name="last-sunday-october" select="31 - (($century-terms + 6 + 31) mod 7)"/>
    <xsl:variable name="summer" select="($m &gt; 3 and $m &lt; 10)
      or ($m = 3 and ($d &gt; $last-sunday-march or ($d = $last-sunday-march and $hour &gt;= 1)))
      or ($m = 10 and ($d &lt; $last-sunday-october or ($d = $last-sunday-october and $hour &lt; 1)))"/>
    <xsl:variable name="local-hour" select="$hour + 1 + number($summer)"/>
    <xsl:variable name="month-length">
      <xsl:choose>
        <xsl:when test="$m = 2 and (($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0)">29</xsl:when>
        <xsl:when test="$m = 2">28</xsl:when>
        <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
        <xsl:otherwise>31</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="next-day" select="$local-hour &gt;= 24"/>
    <xsl:variable name="next-month" select="$next-day and $d = number($month-length)"/>
    <xsl:variable name="local-d">
      <xsl:choose>
        <xsl:when test="$next-month">1</xsl:when>
        <xsl:when test="$next-day"><xsl:value-of select="$d + 1"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="local-m">
      <xsl:choose>
        <xsl:when test="$next-month and $m = 12">1</xsl:when>
        <xsl:when test="$next-month"><xsl:value-of select="$m + 1"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$m"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="local-y" select="$y + number($next-month and $m = 12)"/>
    <xsl:choose>
      <xsl:when test="string(number($local-d)) = 'NaN' or string($y) = 'NaN' or $m &gt; 12">
        <xsl:value-of select="$rfc822"/>
      </xsl:when>
      <xsl:otherwise>
        <time datetime="{$local-y}-{format-number($local-m, '00')}-{format-number($local-d, '00')}">
          <xsl:value-of select="concat($local-d, ' ')"/>
          <xsl:call-template name="month-name">
            <xsl:with-param name="m" select="number($local-m)"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $local-y)"/>
        </time>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="month-name">
    <xsl:param name="m"/>
    <xsl:choose>
      <xsl:when test="$m = 1">janvier</xsl:when>
      <xsl:when test="$m = 2">février</xsl:when>
      <xsl:when test="$m = 3">mars</xsl:when>
      <xsl:when test="$m = 4">avril</xsl:when>
      <xsl:when test="$m = 5">mai</xsl:when>
      <xsl:when test="$m = 6">juin</xsl:when>
      <xsl:when test="$m = 7">juillet</xsl:when>
      <xsl:when test="$m = 8">août</xsl:when>
      <xsl:when test="$m = 9">septembre</xsl:when>
      <xsl:when test="$m = 10">octobre</xsl:when>
      <xsl:when test="$m = 11">novembre</xsl:when>
      <xsl:otherwise>décembre</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
