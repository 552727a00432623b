package dev.regintel.app.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.regintel.app.document.CommentPeriodView;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.RegintelException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/** Writes documents and changes as Atom 1.0 (RFC 4287) with Rome. */
final class AtomFeeds {

  private static final String TAG = "tag:regintel.dev,2026:";

  /** The author of the feed and its entries: regintel's records of documents and changes. */
  private static final SyndPerson REGINTEL = new SyndPersonImpl();

  static {
    REGINTEL.setName("regintel");
  }

  private AtomFeeds() {}

  /**
   * The feed of drafts open for comment.
   *
   * @param self the URL the feed was read from, with its parameters: the feed's id and self link
   * @param now when the feed was made, its {@code updated} when it has no entries
   */
  static String openForComment(String self, String title, List<DocumentView> docs, Instant now) {
    SyndFeed feed = feed(self, title, now);
    feed.setEntries(docs.stream().map(AtomFeeds::draftEntry).toList());
    return write(feed);
  }

  /** The feed of changes, newest first. */
  static String changes(String self, String title, List<ChangeView> changes, Instant now) {
    SyndFeed feed = feed(self, title, now);
    if (!changes.isEmpty()) {
      feed.setPublishedDate(Date.from(changes.getFirst().at().toInstant()));
    }
    feed.setEntries(changes.stream().map(AtomFeeds::changeEntry).toList());
    return write(feed);
  }

  private static SyndFeed feed(String self, String title, Instant now) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(self);
    feed.setTitle(title);
    feed.setAuthors(List.of(REGINTEL));
    feed.setPublishedDate(Date.from(now));
    SyndLink link = new SyndLinkImpl();
    link.setRel("self");
    link.setType("application/atom+xml");
    link.setHref(self);
    feed.setLinks(List.of(link));
    return feed;
  }

  private static SyndEntry draftEntry(DocumentView d) {
    SyndEntry e = new SyndEntryImpl();
    e.setUri(TAG + d.id());
    e.setAuthors(List.of(REGINTEL));
    e.setTitle(label(d));
    e.setLink(d.url());
    Date day = day(d.commentPeriod().opens() != null ? d.commentPeriod().opens() : d.published());
    e.setPublishedDate(day);
    e.setUpdatedDate(day);
    e.setDescription(text(period(d.commentPeriod()) + summary(d)));
    return e;
  }

  private static SyndEntry changeEntry(ChangeView c) {
    SyndEntry e = new SyndEntryImpl();
    DocumentView d = c.document();
    e.setAuthors(List.of(REGINTEL));
    e.setUri(TAG + "change:" + d.id() + ":" + c.kind() + ":" + c.at().toInstant());
    e.setTitle(c.kind() + ": " + label(d));
    e.setLink(d.url());
    Date at = Date.from(c.at().toInstant());
    e.setPublishedDate(at);
    e.setUpdatedDate(at);
    String detail = c.detail() == null ? "" : c.detail();
    if (c.fields() != null && !c.fields().isEmpty()) {
      detail += (detail.isEmpty() ? "" : " ") + "Fields: " + String.join(", ", c.fields()) + ".";
    }
    e.setDescription(text(detail.isEmpty() ? c.kind() + " of " + d.id() : detail));
    return e;
  }

  /** "NIST IR 8259 (2pd) Foundational Cybersecurity Activities…". */
  static String label(DocumentView d) {
    String code = d.code() == null ? d.id() : d.code();
    String version = d.version() == null ? "" : " " + d.version();
    return d.title() == null || d.title().startsWith(code)
        ? (d.title() == null ? code + version : d.title())
        : code + version + ": " + d.title();
  }

  private static String period(CommentPeriodView p) {
    String opens = p.opens() == null ? "" : "Comments open " + p.opens() + "; ";
    return opens + "comments close at the end of " + p.closes() + " in the publisher's time zone.";
  }

  private static String summary(DocumentView d) {
    return d.summary() == null ? "" : " " + d.summary();
  }

  private static Date day(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static SyndContent text(String value) {
    SyndContent content = new SyndContentImpl();
    content.setType("text/plain");
    content.setValue(value);
    return content;
  }

  private static String write(SyndFeed feed) {
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new RegintelException("could not write the Atom feed " + feed.getUri(), e);
    }
  }
}
