//! The letter as printed: checked through poppler's `pdftotext`, the way a
//! reader (or a window envelope) sees it.

use chrono::NaiveDate;
use permanence_letters::{Document, Letter, render};
use permanence_testkit::pdftotext;

fn letter() -> Letter {
    Letter {
        lang: "fr".into(),
        sender: vec![
            "Mme Hélène Benali #*$] [x](y)".into(),
            "Chez CCAS de Saint-Denis".into(),
            "1 place Victor Hugo".into(),
            "93200 Saint-Denis".into(),
        ],
        recipient: vec![
            "Banque de France".into(),
            "Service droit au compte".into(),
            "8 rue Exemple".into(),
            "93000 Bobigny".into(),
        ],
        place_date: "Saint-Denis, le 25 novembre 2026".into(),
        registered: Some("Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1".into()),
        subject: "Demande de droit au compte".into(),
        references: vec!["Refus de la Banque Exemple du 20 septembre 2026".into()],
        salutation: "Madame, Monsieur,".into(),
        paragraphs: vec![
            "Je vous prie de bien vouloir désigner un établissement de crédit qui m'ouvrira un compte de dépôt.".into(),
            "$x$ = *pas du gras* et #set text(red) restent du texte.".into(),
        ],
        closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.".into(),
        signature: vec!["Hélène Benali".into()],
        enclosures: vec!["Copie de la pièce d'identité".into(), "Attestation de refus".into()],
        ..Default::default()
    }
}

fn pdf(l: Letter) -> Vec<u8> {
    render(&Document::from(l), today()).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

#[test]
fn user_text_prints_literally_never_as_markup() {
    let pdf = pdf(letter());
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf, &["-layout"]);
    assert!(text.contains("Hélène Benali #*$] [x](y)"), "{text}");
    assert!(
        text.contains("$x$ = *pas du gras* et #set text(red) restent du texte."),
        "{text}"
    );
    assert!(
        text.contains("Objet : Demande de droit au compte"),
        "{text}"
    );
    assert!(text.contains("Page 1/1"), "{text}");
}

#[test]
fn the_recipient_sits_in_the_window_of_a_dl_envelope() {
    let pdf = pdf(letter());
    let bbox = pdftotext(&pdf, &["-bbox"]);
    // A4 is 595.28 × 841.89 pt; the window of a DL envelope (window on the
    // right) shows 110–200 mm from the left and 45–90 mm from the top once
    // the sheet is folded in three.
    let mm = |v: f64| v * 72.0 / 25.4;
    let word = |w: &str| {
        bbox.lines()
            .find(|l| l.contains(&format!(">{w}</word>")))
            .unwrap_or_else(|| panic!("{w} not found"))
            .to_owned()
    };
    for w in ["Banque", "Bobigny"] {
        let line = word(w);
        let attr = |name: &str| -> f64 {
            let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            line[start..].split('"').next().unwrap().parse().unwrap()
        };
        let (x, y, y2) = (attr("xMin"), attr("yMin"), attr("yMax"));
        assert!(
            x >= mm(105.0) && x <= mm(150.0),
            "{w}: x = {:.1} mm",
            x / mm(1.0)
        );
        assert!(
            y >= mm(45.0) && y2 <= mm(90.0),
            "{w}: y = {:.1}–{:.1} mm",
            y / mm(1.0),
            y2 / mm(1.0)
        );
    }
}

#[test]
fn the_same_letter_gives_the_same_bytes() {
    assert_eq!(pdf(letter()), pdf(letter()));
}

#[test]
fn an_arabic_letter_is_shaped_and_kept_in_reading_order() {
    let mut l = letter();
    l.lang = "ar".into();
    l.paragraphs = vec!["أطلب فتح حساب بنكي.".into()];
    let text = pdftotext(&pdf(l), &[]);
    assert!(text.contains("أطلب فتح حساب بنكي"), "{text}");
}

/// Lines of one page's text, without the running header and footer.
fn body_lines(pdf: &[u8], page: usize) -> Vec<String> {
    let p = page.to_string();
    pdftotext(pdf, &["-f", &p, "-l", &p])
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("Page ") && !l.contains(" — "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_paragraph_cut_by_a_page_break_leaves_no_single_line_behind() {
    // Letters of growing length put the page break at every position in a
    // paragraph; wherever it falls, at least two of the paragraph's lines
    // stay on each page (no widow, no orphan). Each paragraph starts with
    // its marker « §n » so its lines can be counted on each page.
    let sentence = "Cette phrase d'exemple est assez longue pour remplir une bonne partie de la ligne du courrier. ";
    let mut cut = 0;
    for extra in 0..16 {
        let mut l = letter();
        l.paragraphs = (0..6 + extra / 4)
            .map(|i| format!("§{i} ") + &sentence.repeat(2 + (i + extra) % 5))
            .collect();
        let pdf = pdf(l);
        let (one, two) = (body_lines(&pdf, 1), body_lines(&pdf, 2));
        let Some(start) = one.iter().rposition(|l| l.starts_with('§')) else {
            continue;
        };
        let marker: usize = one[start][2..].split(' ').next().unwrap().parse().unwrap();
        let on_one = one[start..].iter().filter(|l| !l.is_empty()).count();
        let on_two = two
            .iter()
            .filter(|l| !l.is_empty())
            .take_while(|l| {
                !l.starts_with(&format!("§{}", marker + 1)) && !l.starts_with("Je vous prie")
            })
            .count();
        if on_two > 0 {
            cut += 1;
            assert!(
                on_one >= 2,
                "orphan: one line of §{marker} at the foot of page 1"
            );
            assert!(
                on_two >= 2,
                "widow: one line of §{marker} at the top of page 2"
            );
        }
    }
    assert!(
        cut >= 3,
        "only {cut} letter(s) cut inside a paragraph: the test proves little"
    );
}
