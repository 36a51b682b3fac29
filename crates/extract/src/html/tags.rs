//! The element names the extractor knows, as one byte each, and the
//! categories of the HTML standard's tree construction and of readability
//! scoring they belong to. Every other name is [`Tag::Other`] (custom
//! elements, SVG drawing elements) and is treated as inline.

/// An element name (or [`Tag::Text`] for a text node).
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Tag {
    Text,
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Base,
    Script,
    Style,
    Noscript,
    Template,
    Textarea,
    Xmp,
    Iframe,
    Noembed,
    Noframes,
    Plaintext,
    Svg,
    Math,
    Div,
    P,
    Span,
    A,
    Article,
    Section,
    Main,
    Header,
    Footer,
    Nav,
    Aside,
    Address,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hgroup,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Menu,
    Dir,
    Table,
    Caption,
    Colgroup,
    Col,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    Th,
    Blockquote,
    Pre,
    Code,
    Listing,
    Center,
    Details,
    Summary,
    Dialog,
    Fieldset,
    Legend,
    Figure,
    Figcaption,
    Form,
    Button,
    Select,
    Option,
    Optgroup,
    Input,
    Label,
    Br,
    Hr,
    Img,
    Picture,
    Source,
    Track,
    Wbr,
    Area,
    Embed,
    Object,
    Param,
    Video,
    Audio,
    Canvas,
    Frame,
    Time,
    B,
    I,
    Em,
    Strong,
    U,
    S,
    Small,
    Big,
    Strike,
    Tt,
    Font,
    Nobr,
    Del,
    Ins,
    Sub,
    Sup,
    Abbr,
    Cite,
    Dfn,
    Kbd,
    Mark,
    Q,
    Samp,
    Var,
    Data,
    Bdo,
    Ruby,
    Output,
    Meter,
    Progress,
    Datalist,
    Other,
}

impl Tag {
    /// The tag for a name as written in a tag (any case).
    pub fn from_name(name: &[u8]) -> Tag {
        let mut buf = [0u8; 10];
        if name.len() > buf.len() {
            return Tag::Other;
        }
        for (b, c) in buf.iter_mut().zip(name) {
            *b = c.to_ascii_lowercase();
        }
        use Tag::*;
        match &buf[..name.len()] {
            b"html" => Html,
            b"head" => Head,
            b"body" => Body,
            b"title" => Title,
            b"meta" => Meta,
            b"link" => Link,
            b"base" => Base,
            b"script" => Script,
            b"style" => Style,
            b"noscript" => Noscript,
            b"template" => Template,
            b"textarea" => Textarea,
            b"xmp" => Xmp,
            b"iframe" => Iframe,
            b"noembed" => Noembed,
            b"noframes" => Noframes,
            b"plaintext" => Plaintext,
            b"svg" => Svg,
            b"math" => Math,
            b"div" => Div,
            b"p" => P,
            b"span" => Span,
            b"a" => A,
            b"article" => Article,
            b"section" => Section,
            b"main" => Main,
            b"header" => Header,
            b"footer" => Footer,
            b"nav" => Nav,
            b"aside" => Aside,
            b"address" => Address,
            b"h1" => H1,
            b"h2" => H2,
            b"h3" => H3,
            b"h4" => H4,
            b"h5" => H5,
            b"h6" => H6,
            b"hgroup" => Hgroup,
            b"ul" => Ul,
            b"ol" => Ol,
            b"li" => Li,
            b"dl" => Dl,
            b"dt" => Dt,
            b"dd" => Dd,
            b"menu" => Menu,
            b"dir" => Dir,
            b"table" => Table,
            b"caption" => Caption,
            b"colgroup" => Colgroup,
            b"col" => Col,
            b"thead" => Thead,
            b"tbody" => Tbody,
            b"tfoot" => Tfoot,
            b"tr" => Tr,
            b"td" => Td,
            b"th" => Th,
            b"blockquote" => Blockquote,
            b"pre" => Pre,
            b"code" => Code,
            b"listing" => Listing,
            b"center" => Center,
            b"details" => Details,
            b"summary" => Summary,
            b"dialog" => Dialog,
            b"fieldset" => Fieldset,
            b"legend" => Legend,
            b"figure" => Figure,
            b"figcaption" => Figcaption,
            b"form" => Form,
            b"button" => Button,
            b"select" => Select,
            b"option" => Option,
            b"optgroup" => Optgroup,
            b"input" => Input,
            b"label" => Label,
            b"br" => Br,
            b"hr" => Hr,
            b"img" | b"image" => Img,
            b"picture" => Picture,
            b"source" => Source,
            b"track" => Track,
            b"wbr" => Wbr,
            b"area" => Area,
            b"embed" => Embed,
            b"object" => Object,
            b"param" => Param,
            b"video" => Video,
            b"audio" => Audio,
            b"canvas" => Canvas,
            b"frame" => Frame,
            b"time" => Time,
            b"b" => B,
            b"i" => I,
            b"em" => Em,
            b"strong" => Strong,
            b"u" => U,
            b"s" => S,
            b"small" => Small,
            b"big" => Big,
            b"strike" => Strike,
            b"tt" => Tt,
            b"font" => Font,
            b"nobr" => Nobr,
            b"del" => Del,
            b"ins" => Ins,
            b"sub" => Sub,
            b"sup" => Sup,
            b"abbr" => Abbr,
            b"cite" => Cite,
            b"dfn" => Dfn,
            b"kbd" => Kbd,
            b"mark" => Mark,
            b"q" => Q,
            b"samp" => Samp,
            b"var" => Var,
            b"data" => Data,
            b"bdo" => Bdo,
            b"ruby" => Ruby,
            b"output" => Output,
            b"meter" => Meter,
            b"progress" => Progress,
            b"datalist" => Datalist,
            _ => Other,
        }
    }

    /// Void elements: never have children or an end tag.
    pub fn is_void(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Area | Base
                | Br
                | Col
                | Embed
                | Hr
                | Img
                | Input
                | Link
                | Meta
                | Source
                | Track
                | Wbr
                | Param
                | Frame
        )
    }

    /// Elements whose body the tokenizer reads as raw text up to their end tag.
    pub fn is_raw_text(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Script | Style | Xmp | Iframe | Noembed | Noframes | Textarea | Title
        )
    }

    /// Start tags that close an open `<p>` (HTML's "in body" insertion mode).
    pub fn closes_p(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Address
                | Article
                | Aside
                | Blockquote
                | Center
                | Details
                | Dialog
                | Dir
                | Div
                | Dl
                | Fieldset
                | Figcaption
                | Figure
                | Footer
                | Form
                | H1
                | H2
                | H3
                | H4
                | H5
                | H6
                | Header
                | Hgroup
                | Hr
                | Main
                | Menu
                | Nav
                | Ol
                | P
                | Pre
                | Listing
                | Section
                | Summary
                | Table
                | Ul
                | Li
                | Dd
                | Dt
                | Plaintext
                | Xmp
        )
    }

    /// HTML's "special" category: an end tag of another element does not
    /// close across one of these.
    pub fn is_special(self) -> bool {
        use Tag::*;
        !matches!(
            self,
            Text | Span
                | A
                | B
                | I
                | Em
                | Strong
                | U
                | S
                | Small
                | Big
                | Strike
                | Tt
                | Font
                | Nobr
                | Code
                | Del
                | Ins
                | Sub
                | Sup
                | Abbr
                | Cite
                | Dfn
                | Kbd
                | Mark
                | Q
                | Samp
                | Var
                | Data
                | Bdo
                | Ruby
                | Output
                | Meter
                | Progress
                | Datalist
                | Time
                | Label
                | Option
                | Optgroup
                | Picture
                | Video
                | Audio
                | Canvas
                | Legend
                | Other
        )
    }

    /// Formatting elements, whose misnested end tags the standard repairs
    /// (the "adoption agency"); here they simply close what is above them.
    pub fn is_formatting(self) -> bool {
        use Tag::*;
        matches!(
            self,
            A | B | Big | Code | Em | Font | I | Nobr | S | Small | Strike | Strong | Tt | U
        )
    }

    /// Boundaries of the "default" element scope: an end tag does not look
    /// for its element past these.
    pub fn is_scope_boundary(self) -> bool {
        use Tag::*;
        matches!(self, Html | Table | Td | Th | Caption | Template | Object)
    }

    /// Headings.
    pub fn is_heading(self) -> bool {
        use Tag::*;
        matches!(self, H1 | H2 | H3 | H4 | H5 | H6)
    }

    /// Elements that start a new line in formatted text, and are followed
    /// by a blank line (as `dom_query`'s formatted text does).
    pub fn is_paragraph_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Article
                | Blockquote
                | Section
                | Div
                | P
                | Pre
                | H1
                | H2
                | H3
                | H4
                | H5
                | H6
                | Ul
                | Ol
                | Dl
                | Table
        )
    }

    /// Elements ended by a single line break in formatted text.
    pub fn is_line_block(self) -> bool {
        use Tag::*;
        matches!(self, Br | Hr | Li | Tr)
    }

    /// Readability's phrasing content: inline elements a paragraph is made of.
    pub fn is_phrasing(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Text | Abbr
                | Audio
                | B
                | Bdo
                | Br
                | Button
                | Cite
                | Code
                | Data
                | Datalist
                | Dfn
                | Em
                | Embed
                | I
                | Img
                | Input
                | Kbd
                | Label
                | Mark
                | Math
                | Meter
                | Noscript
                | Object
                | Output
                | Progress
                | Q
                | Ruby
                | Samp
                | Script
                | Select
                | Small
                | Span
                | Strong
                | Sub
                | Sup
                | Textarea
                | Time
                | Var
                | Wbr
                | A
                | Del
                | Ins
                | U
                | S
                | Font
                | Tt
                | Big
                | Strike
                | Nobr
                | Other
        )
    }

    /// Readability's block elements: a `<div>` holding none of these is a paragraph.
    pub fn is_readability_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Blockquote | Dl | Div | Img | Ol | P | Pre | Table | Ul
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_any_case() {
        assert_eq!(Tag::from_name(b"DIV"), Tag::Div);
        assert_eq!(Tag::from_name(b"Blockquote"), Tag::Blockquote);
        assert_eq!(Tag::from_name(b"image"), Tag::Img);
        assert_eq!(Tag::from_name(b"amp-img"), Tag::Other);
        assert_eq!(Tag::from_name(b"a-very-long-custom-name"), Tag::Other);
    }
}
