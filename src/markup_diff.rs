//! What changes between two versions of a part of a result when its shape stays: an edit to
//! one scenario changes a few dozen numbers in a table of hundreds of cells, a bar's length
//! and the table's download link, and the page writes those text nodes and attributes
//! instead of parsing the whole part again (`app::patch`). Reads the markup
//! [`crate::markup::Markup`] writes: text and attribute values escaped with five references,
//! values in double quotes, no comments inside a part.

/// The writes that turn the old markup's elements and text nodes into the new one's.
#[derive(Debug, PartialEq, Eq)]
pub struct Changes {
    /// How many elements the browser's parser makes of the old markup (one per start tag).
    pub elements: usize,
    /// How many text nodes it makes (one per non-empty run of text between tags).
    pub texts: usize,
    /// Each changed text node: its place among them, and its new text, unescaped.
    pub text_writes: Vec<(usize, String)>,
    /// Each changed attribute: its element's place among them, its name and new value.
    pub attribute_writes: Vec<(usize, String, String)>,
}

/// The writes that turn `old` into `new`, when both have the same elements with the same
/// attributes in the same order and the same runs of text empty; none otherwise (the part is
/// parsed again).
#[must_use]
pub fn changes(old: &str, new: &str) -> Option<Changes> {
    let (old, new) = (split(old)?, split(new)?);
    if old.tags.len() != new.tags.len() || old.texts.len() != new.texts.len() {
        return None;
    }
    let mut changes = Changes {
        elements: 0,
        texts: 0,
        text_writes: Vec::new(),
        attribute_writes: Vec::new(),
    };
    for (before, after) in old.tags.iter().zip(&new.tags) {
        if before.starts_with("</") {
            if before != after {
                return None;
            }
            continue;
        }
        if before != after {
            attribute_writes(
                changes.elements,
                before,
                after,
                &mut changes.attribute_writes,
            )?;
        }
        changes.elements += 1;
    }
    for (before, after) in old.texts.iter().zip(&new.texts) {
        if before.is_empty() != after.is_empty() {
            return None;
        }
        if before.is_empty() {
            continue;
        }
        if before != after {
            changes.text_writes.push((changes.texts, unescape(after)?));
        }
        changes.texts += 1;
    }
    Some(changes)
}

/// Markup cut into its tags and the runs of text before, between and after them.
struct Pieces<'a> {
    tags: Vec<&'a str>,
    texts: Vec<&'a str>,
}

/// `markup`'s tags and texts; none for markup this module does not read (a comment, a
/// tag left open).
fn split(markup: &str) -> Option<Pieces<'_>> {
    let mut tags = Vec::new();
    let mut texts = Vec::new();
    let mut rest = markup;
    while let Some(start) = rest.find('<') {
        texts.push(rest.get(..start)?);
        let tail = rest.get(start..)?;
        let end = tail.find('>')?;
        let tag = tail.get(..=end)?;
        if tag.starts_with("<!") {
            return None;
        }
        tags.push(tag);
        rest = tail.get(end + 1..)?;
    }
    texts.push(rest);
    Some(Pieces { tags, texts })
}

/// Adds the attributes of `element` whose values differ between the start tags `before` and
/// `after`; none when the tags differ in their name or in which attributes they have.
fn attribute_writes(
    element: usize,
    before: &str,
    after: &str,
    writes: &mut Vec<(usize, String, String)>,
) -> Option<()> {
    let (name, old) = start_tag(before)?;
    let (new_name, new) = start_tag(after)?;
    if name != new_name || old.len() != new.len() {
        return None;
    }
    for ((attribute, value), (new_attribute, new_value)) in old.iter().zip(&new) {
        if attribute != new_attribute {
            return None;
        }
        if value != new_value {
            writes.push((element, (*attribute).to_owned(), unescape(new_value)?));
        }
    }
    Some(())
}

/// A start tag's name and its attributes with their (still escaped) values: `<a href="x">`,
/// `<path d="M0 0"/>`, `<details open>`.
fn start_tag(tag: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    let name_end = inner.find(' ').unwrap_or(inner.len());
    let (name, mut rest) = inner.split_at(name_end);
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start_matches(' ');
        if rest.is_empty() {
            return Some((name, attributes));
        }
        let end = rest.find(['=', ' ']).unwrap_or(rest.len());
        let (attribute, after) = rest.split_at(end);
        match after.strip_prefix("=\"") {
            Some(quoted) => {
                let close = quoted.find('"')?;
                attributes.push((attribute, quoted.get(..close)?));
                rest = quoted.get(close + 1..)?;
            }
            None if after.starts_with('=') => return None,
            None => {
                attributes.push((attribute, ""));
                rest = after;
            }
        }
    }
}

/// The text `run` stands for; none when it holds another reference.
fn unescape(run: &str) -> Option<String> {
    let mut out = String::with_capacity(run.len());
    let mut rest = run;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp)?);
        let after = rest.get(amp..)?;
        let (c, reference) = crate::markup::ESCAPES
            .into_iter()
            .find(|(_, reference)| after.starts_with(reference))?;
        out.push(c);
        rest = after.get(reference.len()..)?;
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests;
