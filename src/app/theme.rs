//! Every colour the app uses, for light and dark themes, in one place.
//!
//! Highlight backgrounds are chosen so article text on them keeps at least 4.5:1 contrast
//! (WCAG AA), including where labels overlap; the tests check every combination.

use crate::model::Label;
use egui::Color32;

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Dark theme?
    pub dark: bool,
    /// Article text.
    pub text: Color32,
    /// Secondary text (source line, captions).
    pub weak_text: Color32,
    /// Page background behind the article.
    pub page: Color32,
    /// Highlight tint per label (background under the text).
    pub tint: [Color32; 3],
    /// Underline, badge and outline colour per label.
    pub ink: [Color32; 3],
    /// Text drawn on a badge.
    pub badge_text: Color32,
    /// Mouse or keyboard selection not yet labelled.
    pub selection: Color32,
    /// The keyboard caret.
    pub caret: Color32,
    /// Links.
    pub link: Color32,
    /// Status colours for feedback: found, partly, wrong label, missed.
    pub status: [Color32; 4],
    /// Warning text.
    pub warning: Color32,
}

/// The palette for a theme.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            dark,
            text: Color32::from_rgb(0xEC, 0xEC, 0xEC),
            weak_text: Color32::from_rgb(0xB0, 0xB0, 0xB0),
            page: Color32::from_rgb(0x1B, 0x1C, 0x1E),
            tint: [
                Color32::from_rgb(0x1F, 0x3F, 0x6B),
                Color32::from_rgb(0x5A, 0x3E, 0x00),
                Color32::from_rgb(0x6A, 0x1F, 0x33),
            ],
            ink: [
                Color32::from_rgb(0x7F, 0xB2, 0xFF),
                Color32::from_rgb(0xFF, 0xC1, 0x4D),
                Color32::from_rgb(0xFF, 0x85, 0xA5),
            ],
            badge_text: Color32::from_rgb(0x10, 0x10, 0x10),
            selection: Color32::from_rgb(0x3A, 0x4A, 0x3A),
            caret: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            link: Color32::from_rgb(0x8C, 0xC8, 0xFF),
            status: [
                Color32::from_rgb(0x6C, 0xD0, 0x8A),
                Color32::from_rgb(0xE6, 0xC2, 0x5C),
                Color32::from_rgb(0xFF, 0x9E, 0x5E),
                Color32::from_rgb(0xFF, 0x7B, 0x7B),
            ],
            warning: Color32::from_rgb(0xFF, 0xB8, 0x6B),
        }
    } else {
        Palette {
            dark,
            text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
            weak_text: Color32::from_rgb(0x55, 0x55, 0x55),
            page: Color32::from_rgb(0xFB, 0xFA, 0xF7),
            tint: [
                Color32::from_rgb(0xCF, 0xE2, 0xFF),
                Color32::from_rgb(0xFF, 0xE2, 0x99),
                Color32::from_rgb(0xFF, 0xCC, 0xD8),
            ],
            ink: [
                Color32::from_rgb(0x1F, 0x5F, 0xBF),
                Color32::from_rgb(0x9A, 0x62, 0x00),
                Color32::from_rgb(0xB8, 0x1E, 0x4A),
            ],
            badge_text: Color32::WHITE,
            selection: Color32::from_rgb(0xC8, 0xE6, 0xC9),
            caret: Color32::from_rgb(0x00, 0x00, 0x00),
            link: Color32::from_rgb(0x0B, 0x57, 0xA4),
            status: [
                Color32::from_rgb(0x1B, 0x7A, 0x3A),
                Color32::from_rgb(0x8A, 0x6A, 0x00),
                Color32::from_rgb(0xB0, 0x4A, 0x00),
                Color32::from_rgb(0xB0, 0x1E, 0x1E),
            ],
            warning: Color32::from_rgb(0xA0, 0x4A, 0x00),
        }
    }
}

impl Palette {
    /// Background for a char carrying the labels in `mask` (bit i = `Label::ALL[i]`):
    /// the mean of their tints.
    /// Background of a passage in the class heat map: `level` 1 (few students) to 4 (most).
    pub fn heat_bg(&self, label: crate::model::Label, level: u8) -> Color32 {
        // Four steps from the page towards the label's ink, as far as the text keeps 4.5:1
        // against the last one: clearly apart on a projector, text still readable.
        let reach = self.heat_reach(label);
        let t = reach * f32::from(level.clamp(1, 4)) / 4.0;
        mix(self.page, self.ink[label.index()], t)
    }

    /// How far from the page towards the label's ink the darkest heat step may go with the
    /// text keeping 4.6:1 (a little above the 4.5 the tests ask).
    fn heat_reach(&self, label: crate::model::Label) -> f32 {
        // The palettes are fixed per theme: worked out once for each.
        static REACH: std::sync::OnceLock<[[f32; 3]; 2]> = std::sync::OnceLock::new();
        let all = REACH.get_or_init(|| {
            [false, true].map(|dark| {
                let p = palette(dark);
                crate::model::Label::ALL.map(|l| p.heat_reach_of(l))
            })
        });
        all[usize::from(self.dark)][label.index()]
    }

    fn heat_reach_of(&self, label: crate::model::Label) -> f32 {
        let ink = self.ink[label.index()];
        let (mut lo, mut hi) = (0.0f32, 1.0f32);
        for _ in 0..16 {
            let m = (lo + hi) / 2.0;
            if contrast(self.text, mix(self.page, ink, m)) >= 4.6 {
                lo = m;
            } else {
                hi = m;
            }
        }
        lo
    }

    /// Background of text with the highlights in `mask` (bit per label index).
    pub fn highlight_bg(&self, mask: u8) -> Color32 {
        let mut sum = [0u32; 3];
        let mut n = 0u32;
        for (i, t) in self.tint.iter().enumerate() {
            if mask & (1 << i) != 0 {
                sum[0] += u32::from(t.r());
                sum[1] += u32::from(t.g());
                sum[2] += u32::from(t.b());
                n += 1;
            }
        }
        if n == 0 {
            return Color32::TRANSPARENT;
        }
        Color32::from_rgb((sum[0] / n) as u8, (sum[1] / n) as u8, (sum[2] / n) as u8)
    }

    /// Ink colour for a label.
    pub fn label_ink(&self, l: Label) -> Color32 {
        self.ink[l.index()]
    }
}

/// `a` moved towards `b` by `t` (0 to 1).
fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.03928 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance.
pub fn luminance(c: Color32) -> f64 {
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio between two opaque colours.
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_on_every_highlight_combination_keeps_4_5_to_1() {
        for dark in [false, true] {
            let p = palette(dark);
            for mask in 1..8u8 {
                let c = contrast(p.text, p.highlight_bg(mask));
                assert!(c >= 4.5, "dark={dark} mask={mask}: {c:.2}");
            }
            assert!(contrast(p.text, p.selection) >= 4.5);
            assert!(contrast(p.text, p.page) >= 7.0);
            for ink in p.ink {
                assert!(
                    contrast(p.badge_text, ink) >= 4.5,
                    "badge letters are readable (dark={dark})"
                );
            }
            for s in p.status {
                assert!(
                    contrast(s, p.page) >= 4.5,
                    "status text readable (dark={dark})"
                );
            }
        }
    }

    #[test]
    fn every_text_colour_keeps_4_5_to_1_on_the_page_and_the_panels() {
        for dark in [false, true] {
            let p = palette(dark);
            let v = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            let grounds = [p.page, v.panel_fill, v.window_fill, v.extreme_bg_color];
            let mut inks = vec![
                ("text", p.text),
                ("weak", p.weak_text),
                ("warning", p.warning),
                ("link", p.link),
            ];
            for l in crate::model::Label::ALL {
                inks.push((l.key(), p.label_ink(l)));
            }
            for (name, ink) in inks {
                for g in grounds {
                    let c = contrast(ink, g);
                    assert!(c >= 4.5, "{name} on {g:?} (dark={dark}): {c:.2}");
                }
            }
            for l in crate::model::Label::ALL {
                for level in 1..=4 {
                    let c = contrast(p.text, p.heat_bg(l, level));
                    assert!(
                        c >= 4.5,
                        "heat map {l:?} level {level} (dark={dark}): {c:.2}"
                    );
                }
            }
        }
    }

    #[test]
    fn heat_steps_stay_apart_for_a_projector() {
        // Neighbouring steps differ by at least 1.15:1 in contrast, the lightest differs
        // from the page, in both themes.
        for dark in [false, true] {
            let p = palette(dark);
            for l in crate::model::Label::ALL {
                let mut prev = p.page;
                for level in 1..=4 {
                    let c = p.heat_bg(l, level);
                    let step = contrast(prev, c);
                    assert!(step >= 1.15, "{l:?} level {level} (dark={dark}): {step:.2}");
                    prev = c;
                }
            }
        }
    }

    #[test]
    fn labels_have_distinct_tints() {
        let p = palette(false);
        assert_ne!(p.tint[0], p.tint[1]);
        assert_ne!(p.tint[1], p.tint[2]);
    }
}
