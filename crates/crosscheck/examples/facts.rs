//! Print the facts crosscheck finds, for debugging rules:
//! `cargo run --release --example facts -- DIR [SUBJECT-SUBSTRING | --mentions=TEXT | --sentences]`.
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: facts DIR [SUBJECT-SUBSTRING]");
        std::process::exit(2);
    };
    let filter = args.get(1).cloned().unwrap_or_default();
    let batch = crosscheck_ingest::read_paths(&[PathBuf::from(dir)], &Default::default());
    for raw in &batch.documents {
        let Ok(doc) = crosscheck_extract::extract(raw) else {
            continue;
        };
        let analysis = crosscheck::analyze(&doc);
        if filter == "--sentences" {
            for (i, s) in analysis.sentences.iter().enumerate() {
                println!("{} s{i} {:?}", doc.id.as_str(), s.span.slice(&doc.text));
            }
            continue;
        }
        if let Some(pattern) = filter.strip_prefix("--mentions=") {
            for m in analysis
                .mentions
                .iter()
                .filter(|m| m.span.slice(&doc.text).contains(pattern))
            {
                println!(
                    "{} {:?} {:?} {:?}",
                    doc.id.as_str(),
                    m.kind,
                    m.span.slice(&doc.text),
                    m.role.as_ref().map(|r| &r.title)
                );
            }
            continue;
        }
        if filter == "--values" {
            for v in &analysis.values {
                println!(
                    "{} {:?} {:?} {:?} {:?} {:?}",
                    doc.id.as_str(),
                    v.kind,
                    v.span.slice(&doc.text),
                    v.normalized,
                    v.number,
                    v.unit
                );
            }
            continue;
        }
        if filter == "--moments" {
            for f in analysis
                .facts
                .iter()
                .filter(|f| matches!(f.attribute.name(), "weekday" | "time" | "date"))
            {
                let sentence = analysis
                    .sentences
                    .get(f.sentence)
                    .map_or("", |s| s.span.slice(&doc.text));
                println!(
                    "{} {:?} {:?} {:?}\n    {sentence:?}",
                    doc.id.as_str(),
                    f.value.display,
                    f.moment,
                    f.modality
                );
            }
            continue;
        }
        if filter == "--frames" {
            for f in &analysis.facts {
                let value = &f.value.display;
                match &f.frame {
                    Some(frame) => println!(
                        "{} {:?} {value:?} {frame:?}",
                        doc.id.as_str(),
                        f.attribute.name()
                    ),
                    None if matches!(f.attribute.name(), "count" | "quantity") => {
                        println!("{} {:?} {value:?} -", doc.id.as_str(), f.subject)
                    }
                    None => {}
                }
            }
            continue;
        }
        for f in analysis
            .facts
            .iter()
            .filter(|f| f.subject.to_string().contains(&filter))
        {
            println!(
                "{:<14} {:<22} {:<12} {:<28} {:?} ctx={}",
                doc.id.as_str().chars().take(14).collect::<String>(),
                f.subject.to_string().chars().take(22).collect::<String>(),
                f.attribute.name(),
                format!("{:?}", f.value.display)
                    .chars()
                    .take(28)
                    .collect::<String>(),
                f.modality,
                f.context.join(",") + " | " + &f.entities.join(",")
            );
        }
    }
}
